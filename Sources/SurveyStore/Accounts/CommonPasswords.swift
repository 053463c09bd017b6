/// The passwords online guessing tries first, folded to lower case without spaces, hyphens, underscores or dots.
///
/// Drawn from published lists of the most common passwords in Germany and in
/// English-speaking countries, plus the names of this service, its office and
/// its users. The policy looks up both the whole folded password and the word
/// inside it without the digits and punctuation around it, so "sommer2024!"
/// matches "sommer"; entries with digits ("schalke04") match as they stand.
enum CommonPasswords {
    static let list: Set<String> = [
        // German
        "passwort", "hallo", "hallo123", "schalke", "schalke04", "ficken", "schatz", "schatzi", "fussball",
        "fußball", "sommer", "winter", "frühling", "herbst", "sonne", "sonnenschein", "blume", "blumen",
        "liebe", "ichliebedich", "geheim", "geheimnis", "kennwort", "zugang", "anmelden", "willkommen",
        "deutschland", "berlin", "hamburg", "münchen", "muenchen", "köln", "koeln", "dortmund", "bayern",
        "borussia", "werder", "eintracht", "mausi", "maus", "hase", "hasi", "engel", "prinzessin", "schnecke",
        "baby", "mama", "papa", "oma", "opa", "familie", "freund", "freundin", "katze", "hund", "pferd",
        "tiger", "drache", "lisa", "anna", "julia", "laura", "sarah", "lena", "lukas", "michael", "thomas",
        "andreas", "stefan", "daniel", "alexander", "markus", "sebastian", "christian", "tobias", "florian",
        "schule", "schulen", "lehrer", "lehrerin", "schüler", "schueler", "klasse", "unterricht", "rektor",
        "sekretariat", "grundschule", "gymnasium", "realschule", "gesamtschule", "hauptschule", "gemeinde",
        "rathaus", "behörde", "behoerde", "verwaltung", "amt", "landkreis", "kreis", "kreisverwaltung",
        "schulamt", "schulverwaltung", "bildung", "digitalebildung", "digital", "digitalisierung",
        "befragung", "befragungen", "umfrage", "umfragen", "fragebogen", "auswertung", "bericht", "ausschuss",
        "januar", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "montag", "freitag", "wochenende", "urlaub", "arbeit", "büro", "buero",
        "computer", "internet", "test", "testen", "tester", "start", "neu", "neustart", "wasser", "feuer",
        "schokolade", "kuchen", "bier", "auto", "porsche", "mercedes", "volkswagen", "ferrari", "qwertz",
        "asdfgh", "yxcvbnm", "ichbins", "weissnicht", "keineahnung", "vergessen", "sicher", "sicherheit",
        "passwortvergessen", "meinpasswort", "neuespasswort", "einszweidrei",
        // Words of the office's accounts and committees, which people reach for when an invitation asks
        "einladung", "konto", "benutzer", "benutzername", "mitarbeiter", "mitarbeiterin", "sitzung", "kreistag",
        "schulträger", "schultraeger", "schulträgerausschuss", "ausschussmitglied", "bürgermeister",
        "buergermeister", "landrat", "dezernat", "sachbearbeiter", "sachbearbeiterin",
        // English
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty", "qwertyuiop", "letmein", "welcome",
        "iloveyou", "admin", "administrator", "root", "user", "login", "guest", "master", "dragon", "monkey",
        "shadow", "sunshine", "princess", "football", "baseball", "soccer", "hockey", "superman", "batman",
        "trustno1", "whatever", "freedom", "starwars", "pokemon", "charlie", "jordan", "michelle", "jennifer",
        "hunter", "killer", "secret", "changeme", "default", "access", "abc", "abcdef", "abcdefgh", "flower",
        "lovely", "hello", "helloworld", "summer", "spring", "autumn", "office", "school", "teacher",
        "education", "survey", "surveys", "questionnaire", "council", "county", "committee", "report",
        "correcthorsebatterystaple", "blink", "mustang", "harley", "ranger", "tigger", "cheese", "service",
        "server", "database", "security", "nothing", "qazwsx", "zaq1xsw2", "1q2w3e4r",
        "1q2w3e4r5t", "1q2w3e", "q1w2e3r4", "a1b2c3d4", "aa123456", "iloveu", "loveme", "ashley", "bailey",
        "passpass", "password1", "qwerty123", "asdfghjkl", "zxcvbnm", "123qwe", "qwe123",
        "invitation", "account", "username", "staff", "member", "meeting", "board", "mayor", "letmeinplease",
        // Digits alone, as people pad them to twelve
        "123456", "1234567", "12345678", "123456789", "1234567890", "12345678910", "123456789012",
        "1234567891011", "123123123123", "123321123321", "111111111111", "000000000000", "121212121212",
        "112233445566", "147258369147", "159753159753", "147852369", "987654321", "9876543210", "0987654321",
        "20242024", "20252025", "20262026", "19901990", "01011990", "31121999",
    ]
}
