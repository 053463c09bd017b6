extension ResponseProfile {
    /// Plausible schools for the digital-education survey (`surveys/digitale-bildung.json`).
    ///
    /// The figures follow published surveys: 98 % of schools have basic Wi-Fi and
    /// 77 % cover all rooms (state survey 2023), about 9.7 pupils share a school
    /// device (ICILS 2018), and teachers do technical support at 62 % of schools
    /// (teacher surveys 2019). The rest is an educated guess at a county's schools.
    public static let schoolSurvey: ResponseProfile = {
        var profile = ResponseProfile()
        profile.participantWeights = [
            "schulart": [
                "gs": 45, "rsplus": 12, "gym": 11, "igs": 8, "foerder": 10, "bbs": 7, "kolleg": 2, "sonstige": 5,
            ],
            "region": ["nord": 30, "mitte": 42, "sued": 28],
        ]
        profile.choiceWeights = [
            "traeger": ["landkreis": 30, "vg": 45, "stadt": 17, "privat": 8],
            "internet": ["glasfaser": 46, "vdsl": 30, "dsl": 12, "mobilfunk": 4, "keiner": 2, "weiss_nicht": 6],
            // 98 % with some Wi-Fi, 77 % in every room.
            "wlan_anteil": ["0": 2, "1-49": 5, "50-79": 6, "80-99": 10, "100": 77],
            "klassensaetze": ["keine": 18, "einzelne": 37, "geteilt": 35, "eins_zu_eins": 10],
            "dienstgeraete": ["alle": 48, "mehr_haelfte": 22, "weniger_haelfte": 18, "keine": 12],
            "moodle_anteil": ["unter25": 30, "25-50": 30, "51-75": 20, "ueber75": 12, "weiss_nicht": 8],
            "medieneinsatz": ["nie": 1, "seltener": 6, "monatlich": 15, "woechentlich": 48, "taeglich": 30],
            "smartphone": ["verboten": 22, "pausen": 18, "erlaubnis": 55, "frei": 5],
            "medienkonzept": ["beschlossen": 68, "in_arbeit": 24, "nein": 8],
            "medienkompass": ["alle_stufen": 25, "teilweise": 40, "nein": 20, "unbekannt": 15],
            "hotline": ["ja": 58, "nein": 30, "geplant": 12],
            "behebung": ["selber_tag": 18, "1-3": 44, "4-10": 26, "laenger": 12],
            "fortbildung_anteil": ["alle": 22, "mehr_haelfte": 38, "weniger_haelfte": 32, "keine": 8],
        ]
        profile.tickRates = [
            "wlan_nutzer": [
                "lehrkraefte": 0.97, "schulgeraete": 0.85, "privatgeraete": 0.35, "verwaltung": 0.8, "gaeste": 0.3,
            ],
            "dienste": [
                "schulcampus": 0.7, "moodle": 0.62, "bbb": 0.5, "mediathek": 0.4, "email": 0.82, "keine": 0.02,
            ],
            "rollen": [
                "jugendmedienschutz": 0.55, "medienscouts": 0.35, "datenschutz": 0.8, "digitalkoordination": 0.6,
            ],
            // Teachers support at 62 % of schools: none of them ticks with (1 - 0.4)(1 - 0.26) = 0.444,
            // and half of the 0.444 · 0.45 · 0.65 with nothing ticked get a teacher option for minSelected.
            "support": ["traeger_it": 0.55, "dienstleister": 0.35, "lk_anrechnung": 0.4, "lk_ohne": 0.26],
            "kompetenzerwerb": ["selbststudium": 0.8, "schulintern": 0.6, "pl": 0.45, "kollegium": 0.7],
            "foerderung": [
                "infrastruktur": 0.75, "sofortausstattung": 0.7, "administration": 0.4, "lehrkraeftegeraete": 0.65,
                "keine": 0.04,
            ],
            "hemmnisse": [
                "wlan": 0.3, "geraete": 0.35, "support": 0.55, "fortbildung": 0.3, "lizenzen": 0.35, "zeit": 0.6,
                "folgekosten": 0.4,
            ],
        ]
        profile.numbers = [
            "schueler": .logNormal(median: 320, spread: 0.65),
            "lehrkraefte": .ratio(of: "schueler", factor: 1.0 / 14, spread: 0.2),
            "raeume": .ratio(of: "schueler", factor: 1.0 / 20, spread: 0.25),
            "bandbreite": .logNormal(median: 250, spread: 1.1),
            // About 9.7 pupils per school device in all: 0.045 + 0.035 + 0.023 ≈ 1 / 9.7.
            "pcs": .ratio(of: "schueler", factor: 0.045, spread: 0.5),
            "notebooks": .ratio(of: "schueler", factor: 0.035, spread: 0.6),
            "tablets": .ratio(of: "schueler", factor: 0.023, spread: 0.7),
            "raeume_tafel": .ratio(of: "raeume", factor: 0.55, spread: 0.4),
            "raeume_beamer": .ratio(of: "raeume", factor: 0.4, spread: 0.5),
            "raeume_bildschirm": .ratio(of: "raeume", factor: 0.12, spread: 0.6),
            "raeume_dokumentenkamera": .ratio(of: "raeume", factor: 0.3, spread: 0.5),
            "medienkonzept_jahr": .uniform(2016...2026),
        ]
        profile.yesRates = ["ganztag": 0.62]
        profile.scaleCentres = [
            "netz_zufriedenheit": 0.6, "ausstattung": 0.55, "support_zufriedenheit": 0.5, "fortbildungsbedarf": 0.65,
        ]
        profile.otherTexts = [
            "schulart": ["Freie Waldorfschule", "Montessorischule", "Schule für Kranke", "Kooperative Gesamtschule"],
            "dienste": ["Padlet", "IServ", "TaskCards", "Microsoft Teams", "Logineo", "Nextcloud der Schule"],
        ]
        return profile
    }()
}
