#!/usr/bin/env python3
"""End-to-end test of `survey serve` in a real browser (Chromium over WebDriver).

Starts the server with --demo on a free port and a temporary responses folder,
then walks the school survey as a participant would: personal link, every page
with its skip logic, a validation error shown and fixed, save and resume in a
fresh browser profile, review, submit, a repeated submit, a change after
submitting, and the office area. The same walk runs once more with JavaScript
switched off. Every page type is checked with axe-core against the WCAG 2.0 and
2.1 A and AA rules; any violation fails the run.

Usage: python3 Tests/Browser/browser_scenario.py [path/to/survey]
Needs: chromium, chromium-driver (/usr/bin/chromedriver), selenium, selenium-axe-python.
"""

import base64
import csv
import io
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

from durability_over_http import Failure, expect, free_port
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium_axe_python import Axe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SURVEY = "digitale-bildung"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHECKED_PAGES = []
# The certificate of a TLS proxy in front of the server, when the walk runs through one
# (Tests/Deployment/behind_nginx.py); the browser and urllib then accept it.
PROXY_CERTIFICATE = None
OFFICE_PASSWORD = "Korrekt-Pferd-Batterie-Heftklammer"


def survey_copies(folder):
    """The example surveys without their opening and closing dates, so the test does not expire."""
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(os.path.join(ROOT, "surveys")):
        if name.endswith(".json"):
            with open(os.path.join(ROOT, "surveys", name), encoding="utf-8") as source:
                definition = json.load(source)
            definition.pop("opens", None)
            definition.pop("closes", None)
            with open(os.path.join(folder, name), "w", encoding="utf-8") as target:
                json.dump(definition, target, ensure_ascii=False)
    return folder


def mail_settings(folder, port):
    """Mail settings whose sendmail is a script keeping each message as a file in `folder`/outbox."""
    outbox = os.path.join(folder, "outbox")
    os.makedirs(outbox, exist_ok=True)
    sendmail = os.path.join(folder, "sendmail")
    with open(sendmail, "w", encoding="utf-8") as script:
        script.write(f'#!/bin/sh\ncat > "$(mktemp "{outbox}/message-XXXXXX")"\n')
    os.chmod(sendmail, 0o755)
    settings = os.path.join(folder, "mail.json")
    with open(settings, "w", encoding="utf-8") as file:
        json.dump({
            "from": {"address": "schulamt@kreis.example", "name": "Schulamt Musterkreis"},
            "office": {"de": "Schulamt Musterkreis", "en": "Musterkreis education office"},
            "contact": {"de": "Telefon 01234 5678", "en": "Phone 01234 5678"},
            "baseURL": f"http://127.0.0.1:{port}",
            "transport": {"sendmail": {"path": sendmail}},
            "perMinute": 600,
        }, file, ensure_ascii=False)
    return settings, outbox


def start_server(binary, responses, extra_arguments=()):
    port = free_port()
    surveys = survey_copies(os.path.join(responses, "..", os.path.basename(responses) + "-surveys"))
    settings, outbox = mail_settings(responses + "-mail", port)
    process = subprocess.Popen(
        [binary, "serve", "--demo", "--port", str(port), "--surveys", surveys, "--responses", responses,
         "--mail-settings", settings, *extra_arguments],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    lines = []
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            break
    # Keep reading, so the access log never fills the pipe and stalls the server.
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    output = "\n".join(lines)
    links = re.findall(r"digitale-bildung  Demo-Schule (\d): (http://\S+)", output)
    setup = re.search(r"(http://\S+/admin/invite/\S+)", output)
    expect(links and setup, "server did not print demo links and the setup link:\n" + output)
    return process, f"http://127.0.0.1:{port}", dict(links), setup.group(1), outbox


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1024,900"]:
        options.add_argument(argument)
    if PROXY_CERTIFICATE:
        options.add_argument("--ignore-certificate-errors")
    # A fresh profile directory per browser, so "resume elsewhere" really has no cookies.
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="survey-browser-"))
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(0)
    return driver


def check_accessibility(driver, name):
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    violations = results["violations"]
    CHECKED_PAGES.append(name)
    expect(not violations, f"axe found violations on {name}:\n" + axe.report(violations))


def wait_for_live_script(driver):
    """Waits until the live script has applied the server's answer to the last change.

    The script marks the form aria-busy from a change (and from its first
    question on loading) until the answer is applied. A change event fires
    within the driver's click or keystroke, and a deferred script has run once
    the document is complete, so the mark is there before this looks. The
    limit is a safety net, not a pause.
    """
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
        and not d.find_elements(By.CSS_SELECTOR, "form[data-visibility][aria-busy]"))


def fill(driver, answers, javascript):
    """Fills fields by name: text for inputs, option values for radios, checkboxes and selects."""
    for name, value in answers.items():
        if javascript:
            wait_for_live_script(driver)  # earlier answers may show or hide this field
        elements = [e for e in driver.find_elements(By.NAME, name) if e.is_displayed()]
        expect(elements, f"field {name} is not shown on {driver.current_url}")
        first = elements[0]
        kind = first.get_attribute("type")
        if first.tag_name == "select":
            Select(first).select_by_value(value)
        elif kind in ("radio", "checkbox"):
            for wanted in value if isinstance(value, list) else [value]:
                box = next(e for e in elements if e.get_attribute("value") == wanted)
                if not box.is_selected():
                    box.click()
        else:
            first.clear()
            first.send_keys(value)


def click_and_wait(driver, element, replaced_tag="html"):
    """Clicks and waits until the next page (or, for the designer's script, the next <main>) has replaced the current one."""
    old = driver.find_element(By.TAG_NAME, replaced_tag)
    element.click()

    def replaced(d):
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            # Stale, or (a race in the driver) a node that no longer belongs to the document.
            return not d.find_elements(By.CSS_SELECTOR, "main[aria-busy]")

    WebDriverWait(driver, 20).until(replaced)


def press(driver, action):
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, f"button[name=_action][value={action}]"))


def page_id(driver):
    match = re.search(r"/p/([A-Za-z0-9_]+)", driver.current_url)
    return match.group(1) if match else None


PAGES = {
    "netz": {"internet": "glasfaser", "bandbreite": "1000", "wlan_anteil": "50-79", "wlan_nutzer": ["lehrkraefte", "schulgeraete"]},
    "geraete": {"pcs": "40", "notebooks": "30", "tablets": "60", "klassensaetze": "geteilt", "dienstgeraete": "alle",
                "ausstattung.ausreichend": "3"},
    "plattformen": {"dienste": ["moodle"], "moodle_anteil": "25-50", "medieneinsatz": "woechentlich", "smartphone": "pausen"},
    "medienkonzept": {"medienkonzept": "nein"},
    "support": {"support": ["traeger_it"], "hotline": "ja", "behebung": "1-3"},
    "fortbildung": {"fortbildung_anteil": "mehr_haelfte", "foerderung": ["infrastruktur"], "vorhaben.1": "wlan",
                    "vorhaben.2": "geraete", "vorhaben.3": "support"},
}
STAMMDATEN = {"schulname": "Grundschule <Am Bach> & \"Co\"", "schulart": "gs", "traeger": "landkreis", "ganztag": "true",
              "schueler": "400", "lehrkraefte": "450", "raeume": "20"}


def log_records(responses):
    path = os.path.join(responses, SURVEY, "log.jsonl")
    with open(path, encoding="utf-8") as log:
        return [json.loads(line) for line in log if line.strip()]


def post_again(driver, base, path, fields):
    """Sends a form again with the browser's cookies, as a double click or a network retry would."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(base + path, data=urllib.parse.urlencode(fields).encode(), method="POST",
                                     headers={"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect, *https_handlers())
    try:
        response = opener.open(request)
        return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")


def https_handlers():
    """A handler that trusts the proxy's certificate, when the walk runs through one."""
    if not PROXY_CERTIFICATE:
        return []
    return [urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=PROXY_CERTIFICATE))]


def walk(base, link, responses, javascript):
    label = "with JavaScript" if javascript else "without JavaScript"
    driver = browser(javascript)
    try:
        driver.get(link)
        expect(driver.current_url == f"{base}/s/{SURVEY}", f"the token stays in the address bar: {driver.current_url}")
        if javascript:
            check_accessibility(driver, "welcome page")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Befragung beginnen"))
        expect(page_id(driver) == "stammdaten", "the first page is not stammdaten")
        fill(driver, STAMMDATEN, javascript)
        press(driver, "next")
        summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
        expect("Bitte korrigieren Sie 1 Angabe" in summary.text, "no error summary for more teachers than pupils")
        expect(driver.find_element(By.NAME, "schueler").get_attribute("value") == "400", "typed value lost")
        expect(driver.find_element(By.NAME, "schulname").get_attribute("value") == STAMMDATEN["schulname"], "typed text lost")
        link_target = summary.find_element(By.TAG_NAME, "a").get_attribute("href")
        expect(link_target.endswith("#f-lehrkraefte"), "the summary does not link to the field")
        if javascript:
            check_accessibility(driver, "error state (page stammdaten)")
        fill(driver, {"lehrkraefte": "35"}, javascript)
        press(driver, "next")
        expect(page_id(driver) == "netz", f"did not reach page netz: {driver.current_url}")
        fill(driver, PAGES["netz"], javascript)
        press(driver, "save")
        expect("Ihre Angaben sind gespeichert" in driver.page_source, "no notice after saving")
        if javascript:
            check_accessibility(driver, "page netz (saved notice)")
    finally:
        driver.quit()

    # Resume in a fresh browser profile with the same personal link.
    driver = browser(javascript)
    try:
        driver.get(link)
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Befragung fortsetzen"))
        # Page netz was saved complete, so resuming continues at the first page with a missing required answer.
        expect(page_id(driver) == "geraete", f"resume did not lead to page geraete: {driver.current_url}")
        press(driver, "back")
        expect(page_id(driver) == "netz", f"back did not lead to page netz: {driver.current_url}")
        expect(driver.find_element(By.NAME, "bandbreite").get_attribute("value") == "1000", "saved answer missing after resume")
        press(driver, "next")
        for name in ["geraete", "plattformen", "medienkonzept", "support", "fortbildung"]:
            expect(page_id(driver) == name, f"expected page {name}, got {driver.current_url} ({label})")
            if name == "plattformen" and not javascript:
                expect("Nur zu beantworten, wenn" in driver.page_source, "no condition hint without JavaScript")
            if name == "plattformen" and javascript:
                wait_for_live_script(driver)
                hidden = driver.find_element(By.ID, "q-moodle_anteil").get_attribute("hidden")
                expect(hidden is not None, "the live script did not hide moodle_anteil before moodle was chosen")
            fill(driver, PAGES[name], javascript)
            if javascript:
                check_accessibility(driver, f"page {name}")
            press(driver, "next")
        expect(driver.current_url.endswith("/review"), f"did not reach the review: {driver.current_url}")
        expect("medienkonzept_jahr" not in driver.page_source and "In welchem Jahr" not in driver.page_source,
               "a skipped question shows on the review")
        if javascript:
            check_accessibility(driver, "review page")
        fields = [(e.get_attribute("name"), e.get_attribute("value"))
                  for e in driver.find_elements(By.CSS_SELECTOR, "form input[type=hidden]")]
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect(driver.current_url.endswith("/done"), f"submit did not lead to the confirmation: {driver.current_url}")
        expect("Antwortnummer" in driver.page_source, "no receipt on the confirmation")
        if javascript:
            check_accessibility(driver, "confirmation page")
            # The blank questionnaire of a token survey is for its participants, so it is opened with the school's cookie.
            driver.get(f"{base}/s/{SURVEY}/print")
            expect("<fieldset" in driver.page_source or "<h2" in driver.page_source, "no printable questionnaire")
            check_accessibility(driver, "printable questionnaire")
            driver.get(f"{base}/s/{SURVEY}/done")
        submits = [r for r in log_records(responses) if r["kind"] == "submit" and r.get("participant", "").startswith("demo-")]
        # The same form sent again (double click, network retry) must not create a second submission.
        status, location = post_again(driver, base, f"/s/{SURVEY}/submit", fields)
        expect(status == 303 and location.endswith("/done"), f"repeated submit answered {status} {location}")
        again = [r for r in log_records(responses) if r["kind"] == "submit" and r.get("participant", "").startswith("demo-")]
        expect(len(again) == len(submits), "a repeated submit wrote a second record")
        # Change after submitting: a new revision of the same response.
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Angaben ändern"))
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Angaben ändern"))
        fill(driver, {"schulname": "Grundschule Am Bach"}, javascript)
        press(driver, "next")
        driver.get(f"{base}/s/{SURVEY}/review")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect(driver.current_url.endswith("/done"), "the changed response was not submitted")
        latest = [r for r in log_records(responses) if r["kind"] == "submit" and r.get("participant", "").startswith("demo-")]
        expect(len(latest) == len(submits) + 1 and latest[-1]["revision"] > latest[0]["revision"],
               "the change after submitting did not write a new revision")
        expect(latest[-1]["answers"]["schulname"] == "Grundschule Am Bach", "the new revision lacks the change")
    finally:
        driver.quit()


def number_across_languages(base, link):
    """Numbers typed on a German page and submitted on English ones keep their value; a new browser resumes
    on the first page that needs an answer, in the language chosen last, up to the receipt."""
    driver = browser(True)
    try:
        driver.get(link)
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Befragung beginnen"))
        fill(driver, dict(STAMMDATEN, schueler="1.100", lehrkraefte="35"), True)
        press(driver, "next")
        expect(page_id(driver) == "netz", f"did not reach page netz: {driver.current_url}")
        driver.get(f"{base}/s/{SURVEY}/p/netz?lang=en")
        expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the switch to English failed")
        fill(driver, dict(PAGES["netz"], bandbreite="1,000.5"), True)
        press(driver, "save")
        check_accessibility(driver, "page netz in English (saved notice)")
    finally:
        driver.quit()
    driver = browser(True)
    try:
        driver.get(link)
        expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
               "a new browser forgot the language chosen before")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Continue the survey"))
        expect(page_id(driver) == "geraete", f"resume did not lead to page geraete: {driver.current_url}")
        for name in ["geraete", "plattformen", "medienkonzept", "support", "fortbildung"]:
            expect(page_id(driver) == name, f"expected page {name}, got {driver.current_url} (English)")
            fill(driver, PAGES[name], True)
            press(driver, "next")
        expect(driver.current_url.endswith("/review"), f"did not reach the review: {driver.current_url}")
        expect("<dd>1,100</dd>" in driver.page_source, "the English review does not show 1,100 pupils")
        expect("<dd>1,000.5 Mbit/s</dd>" in driver.page_source, "the English review does not show 1,000.5 Mbit/s")
        check_accessibility(driver, "review page in English")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect(driver.current_url.endswith("/done"), f"the English submit was refused: {driver.current_url}")
        expect("Thank you" in driver.page_source and "<dd>1,100</dd>" in driver.page_source, "no English receipt")
        check_accessibility(driver, "confirmation page in English")
        driver.get(f"{base}/s/{SURVEY}/done?lang=de")
        expect("<dd>1.100</dd>" in driver.page_source, "the German receipt does not show 1.100 pupils")
        print("numbers across languages and resume in a new browser: passed")
    finally:
        driver.quit()


def office(base, setup):
    driver = browser(True)
    try:
        driver.get(setup)
        check_accessibility(driver, "office invitation page (first admin)")
        password = OFFICE_PASSWORD
        fill(driver, {"password": password, "repeat": password}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect("Das Passwort ist gespeichert, und Sie sind angemeldet." in driver.page_source,
               "saving the password did not sign in")
        check_accessibility(driver, "office overview after the invitation")
        driver.get(setup)
        expect("Einladungslink nicht mehr gültig" in driver.page_source, "a used invitation link does not say so")
        check_accessibility(driver, "used invitation link")
        driver.delete_all_cookies()
        driver.get(f"{base}/admin")
        check_accessibility(driver, "office sign-in page")
        fill(driver, {"email": "admin", "password": password}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect("Befragungen" in driver.page_source, "the overview did not open")
        check_accessibility(driver, "office overview")
        click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Digitalen Bildung"))
        expect("Demo-Schule 1" in driver.page_source and "abgeschickt" in driver.page_source,
               "the survey page does not show the submitted demo school")
        check_accessibility(driver, "office survey page")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "table a[href*='/r/']"))
        expect("Verlauf" in driver.page_source and "Abgeschickt" in driver.page_source
               and "Teilnehmende Stelle" in driver.page_source,
               "the response page lacks its school or its history in German")
        check_accessibility(driver, "office response page")
        export_data(driver, base)
        driver.get(f"{base}/admin/s/{SURVEY}/preview/plattformen")
        expect("Vorschau" in driver.page_source, "no preview")
        check_accessibility(driver, "office preview")
        designer_pages(driver, base)
        designer_script(driver, base)
        designer_files(driver, base)
        driver.get(f"{base}/t")
        check_accessibility(driver, "code entry page")
        driver.get(f"{base}/s/fortbildung-feedback")
        check_accessibility(driver, "public survey welcome")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Befragung beginnen"))
        check_accessibility(driver, "public survey page (dropdown, scales, matrix, ranking)")
    finally:
        driver.quit()


def export_data(driver, base):
    """The export page offers its formats in both languages; its form downloads the submitted responses."""
    driver.get(f"{base}/admin/s/{SURVEY}")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Daten exportieren"))
    expect("Rohdaten lassen einzelne Schulen erkennen" in driver.page_source, "the export page lacks its warning")
    check_accessibility(driver, "office data export")
    driver.get(f"{base}/admin/s/{SURVEY}/export?lang=en")
    expect("Raw data identify single schools" in driver.page_source, "the export page is not in English")
    check_accessibility(driver, "office data export (English)")
    token = driver.find_element(By.NAME, "_csrf").get_attribute("value")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    fields = {"_csrf": token, "format": "csv", "values": "labels"}
    request = urllib.request.Request(f"{base}/admin/s/{SURVEY}/export", data=urllib.parse.urlencode(fields).encode(),
                                     method="POST", headers={"Cookie": cookies})
    with urllib.request.urlopen(request) as response:
        body = response.read().decode("utf-8")
        expect(response.headers.get("Content-Disposition") == f'attachment; filename="{SURVEY}.csv"',
               "the export is not offered as a file")
    rows = list(csv.reader(io.StringIO(body)))
    expect(rows[0][:3] == ["response", "participant", "submitted"] and len(rows) >= 2,
           f"the exported CSV has no responses: {rows[:2]}")


def designer_pages(driver, base):
    """The designer's list, a survey's overview and its preview, in German and English, at phone width too.

    The preview's "Weiter" is pressed with nothing filled in (the page's errors), then the page is
    filled in and the next page the answers show opens; nothing is stored.
    """
    for lang in ["de", "en"]:
        for width in [1280, 390]:
            driver.set_window_size(width, 900)
            driver.get(f"{base}/admin/designer?lang={lang}")
            expect("digitale-bildung.json" in driver.page_source, "the designer does not list the definitions")
            check_accessibility(driver, f"designer list ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}?lang={lang}")
            expect("field-pages.1.questions.1" in driver.page_source, "the designer's overview lacks its anchors")
            check_accessibility(driver, f"designer overview ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}/preview?page=1&lang={lang}")
            check_accessibility(driver, f"designer preview ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}/settings?lang={lang}")
            expect('name="participantFields[0].id"' in driver.page_source, "the settings page lacks its fields")
            check_accessibility(driver, f"designer settings ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}/pages/2?lang={lang}")
            check_accessibility(driver, f"designer page editor ({lang}, {width} px)")
            question_editor(driver, base, lang, width)
    driver.set_window_size(1024, 900)
    designer_error_states(driver, base)
    driver.get(f"{base}/admin/designer/{SURVEY}/preview?page=1")
    press(driver, "next")
    expect("error-summary" in driver.page_source, "the designer's preview does not check the page")
    check_accessibility(driver, "designer preview with errors")


def question_editor(driver, base, lang, width):
    """The question editor of a matrix, and of a question whose condition has a typo (nothing is saved)."""
    driver.get(f"{base}/admin/designer/{SURVEY}/questions/ausstattung?lang={lang}")
    expect("field-pages.2.questions.10.rows.0" in driver.page_source, "the question editor lacks the matrix rows")
    check_accessibility(driver, f"designer question editor, matrix ({lang}, {width} px)")
    driver.get(f"{base}/admin/designer/{SURVEY}/questions/bandbreite?lang={lang}")
    field = driver.find_element(By.ID, "field-pages.1.questions.1.visibleIf")
    field.clear()
    field.send_keys("internet != 'keiner' and internt != 'weiss_nicht'")
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form.designer-form button[type=submit]:not([name])"))
    expect("expression-excerpt" in driver.page_source, "the expression's problem has no excerpt with a caret")
    check_accessibility(driver, f"designer question editor, expression error ({lang}, {width} px)")


def designer_error_states(driver, base):
    """A wrong time zone on the settings page and a condition with a typo in the page editor: each
    form comes back with the message at its field and the typed text kept; nothing is saved."""
    driver.get(f"{base}/admin/designer/{SURVEY}/settings")
    zone = driver.find_element(By.NAME, "timeZone")
    zone.clear()
    zone.send_keys("Mars/Olympus")
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
    expect("field-timeZone-error" in driver.page_source, "the settings do not show the error at the time zone")
    check_accessibility(driver, "designer settings with errors")
    driver.get(f"{base}/admin/designer/{SURVEY}/pages/2")
    condition = driver.find_element(By.NAME, "pages[1].visibleIf")
    condition.clear()
    condition.send_keys("schulartt == 'gs'")
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
    expect("field-pages.1.visibleIf-error" in driver.page_source, "the page editor does not show the condition's error")
    check_accessibility(driver, "designer page editor with errors")


DESIGNER_FORM = """
var main = document.querySelector("main");
var form = document.createElement("form");
form.method = "post";
form.action = location.pathname;
var fields = {_csrf: document.querySelector("input[name=_csrf]").value, version: arguments[0]};
for (var name in fields) {
  var input = document.createElement("input");
  input.type = "hidden"; input.name = name; input.value = fields[name];
  form.appendChild(input);
}
var button = document.createElement("button");
button.type = "submit"; button.name = "action"; button.value = arguments[1]; button.id = "test-action";
button.textContent = arguments[1];
form.appendChild(button);
main.appendChild(form);
"""

STORED_DEFINITION = """
var done = arguments[arguments.length - 1];
fetch(location.pathname + "/download").then(function (r) { return r.arrayBuffer(); }).then(function (bytes) {
  return crypto.subtle.digest("SHA-256", bytes).then(function (hash) {
    done({version: Array.from(new Uint8Array(hash)).map(function (b) { return b.toString(16).padStart(2, "0"); }).join(""),
          pages: JSON.parse(new TextDecoder().decode(bytes)).pages.length});
  });
});
"""


def designer_script(driver, base):
    """With JavaScript a designer form is saved without reloading the page.

    A form as the editing pages build it (version, anti-forgery token, one action button) is put on the
    overview; pressing its button must replace <main> in place (a marker on window survives), focus the
    page it created, announce the save, and after a stale version focus the error summary. The page
    added is deleted again, so the survey is as before.
    """
    driver.get(f"{base}/admin/designer/fortbildung-feedback")
    driver.execute_script("window.designerMarker = 'kept';")
    stored = driver.execute_async_script(STORED_DEFINITION)

    def press_action(version, action):
        driver.execute_script(DESIGNER_FORM, version, action)
        driver.find_element(By.ID, "test-action").click()
        WebDriverWait(driver, 20).until(
            lambda d: not d.find_elements(By.ID, "test-action") and not d.find_elements(By.CSS_SELECTOR, "main[aria-busy]"))
        expect(driver.execute_script("return window.designerMarker") == "kept", f"{action} reloaded the whole page")

    press_action(stored["version"], "add-page")
    expect("saved=1" in driver.current_url, "the address does not follow the redirect after saving")
    focused = driver.execute_script("return document.activeElement.id")
    expect(focused == f"field-pages.{stored['pages']}", f"focus is on {focused!r}, not on the page just added")
    WebDriverWait(driver, 5).until(
        lambda d: d.execute_script("return document.querySelector('[aria-live]').textContent") == "Gespeichert.")
    check_accessibility(driver, "designer after a save with JavaScript")
    press_action(stored["version"], "add-page")
    expect(driver.execute_script("return document.activeElement.classList.contains('error-summary')"),
           "a stale form does not move focus to the error summary")
    check_accessibility(driver, "designer conflict with JavaScript")
    current = driver.execute_async_script(STORED_DEFINITION)
    press_action(current["version"], f"delete-page {stored['pages']}")
    expect(driver.execute_async_script(STORED_DEFINITION)["pages"] == stored["pages"], "the added page was not deleted")


def designer_files(driver, base):
    """New surveys, upload, versions, restore and the live-change confirmation, each state checked with axe.

    Creates a blank survey, replaces it by uploading a changed file (so it has two versions), and asks
    to restore the first. The confirmation for hiding a page of the live survey is shown, not confirmed.
    """
    for lang in ["de", "en"]:
        for width in [1280, 390]:
            driver.set_window_size(width, 900)
            driver.get(f"{base}/admin/designer/new?lang={lang}")
            check_accessibility(driver, f"designer new survey ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}/upload?lang={lang}")
            check_accessibility(driver, f"designer upload ({lang}, {width} px)")
            driver.get(f"{base}/admin/designer/{SURVEY}/versions?lang={lang}")
            check_accessibility(driver, f"designer versions ({lang}, {width} px)")
    driver.set_window_size(1280, 900)
    driver.get(f"{base}/admin/designer/new")
    fill(driver, {"blank.id": "Kein Name"}, False)
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "#new-blank ~ form button"))
    expect("ist keine gültige Kennung" in driver.page_source, "a bad id is not named at its field")
    check_accessibility(driver, "designer new survey with errors")
    fill(driver, {"blank.id": "browser-neu", "blank.title": "Neu im Browser"}, False)
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "#new-blank ~ form button"))
    expect("/admin/designer/browser-neu" in driver.current_url and "Neu im Browser" in driver.page_source,
           "the new survey was not created")
    broken = os.path.join(tempfile.mkdtemp(prefix="survey-upload-"), "broken.json")
    with open(broken, "w") as file:
        file.write('{\n  "id": "browser-neu",\n  "title": \n}')
    driver.get(f"{base}/admin/designer/browser-neu/upload")
    driver.find_element(By.ID, "upload-file").send_keys(broken)
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button"))
    expect("Zeile 4, Spalte 1" in driver.page_source, "the upload's error has no line and column")
    check_accessibility(driver, "designer upload with errors")
    changed = os.path.join(os.path.dirname(broken), "browser-neu.json")
    with open(changed, "w") as file:
        json.dump({"id": "browser-neu", "title": {"de": "Neu geändert", "en": "New, changed"},
                   "languages": ["de", "en"], "access": "token",
                   "pages": [{"id": "seite_1", "title": {"de": "Seite 1", "en": "Page 1"},
                              "questions": [{"id": "frage", "type": "text", "title": "Frage"}]}]}, file)
    driver.get(f"{base}/admin/designer/browser-neu/upload")
    driver.find_element(By.ID, "upload-file").send_keys(changed)
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button"))
    driver.get(f"{base}/admin/designer/browser-neu/versions")
    expect("Neu geändert" in driver.page_source, "the versions page does not show the change")
    check_accessibility(driver, "designer versions with a diff")
    designer_save(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Wiederherstellen"))
    check_accessibility(driver, "designer restore confirmation")
    designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form[action*='/versions'] button"))
    expect("Gespeichert." in driver.page_source, "the restore was not saved")
    # Hiding the live survey's last page asks first: the field is posted as the overview's form would.
    driver.get(f"{base}/admin/designer/{SURVEY}/upload")
    csrf = driver.find_element(By.NAME, "_csrf").get_attribute("value")
    version = driver.find_element(By.NAME, "version").get_attribute("value")
    driver.execute_script(
        "const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
        "for (const [name, value] of arguments[1]) { const input = document.createElement('input');"
        " input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input); }"
        "document.body.appendChild(form); form.submit();",
        f"/admin/designer/{SURVEY}", [["_csrf", csrf], ["version", version], ["pages[6].visibleIf", "schulart == 'gym'"]])
    WebDriverWait(driver, 10).until(lambda d: "confirm" in d.page_source)
    expect("abgeschickte Antwort" in driver.page_source, "hiding an answered page does not ask first")
    check_accessibility(driver, "designer live-change confirmation")


QUESTION_TYPES = ["text", "number", "single", "multiple", "boolean", "scale", "matrix", "ranking", "date", "note"]

FETCH_DEFINITION = """
var done = arguments[arguments.length - 1];
fetch(arguments[0]).then(function (r) { return r.json(); }).then(done, function (e) { done(null); });
"""


def designer_save(driver, button):
    """Presses a designer button and waits for the answer, whether the script swaps <main> or the page loads anew."""
    click_and_wait(driver, button, replaced_tag="main")


def designer_from_blank(base, javascript):
    """An office member builds a survey in the designer alone, as issue #15's acceptance walk asks.

    From blank: one question of every type; a condition with a typo, fixed after the inline message;
    the preview in both languages; the survey opened and answered; a label changed on the live survey
    and an answered option's value refused; the change seen in the versions and the previous version
    restored. axe checks every page type on the way; it needs script, so the walk without JavaScript
    checks the same pages' behaviour and the walk with it their accessibility.
    """
    mode = "with JavaScript" if javascript else "without JavaScript"
    survey = "elternabend-js" if javascript else "elternabend"
    driver = browser(javascript)

    def check(name):
        if javascript:
            check_accessibility(driver, name)

    try:
        sign_in(driver, base, "admin", OFFICE_PASSWORD)
        editor = f"{base}/admin/designer/{survey}"
        driver.get(f"{base}/admin/designer/new")
        fill(driver, {"blank.id": survey, "blank.title": "Elternabend <Herbst> & \"Frühjahr\""}, False)
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "#new-blank ~ form button"))
        expect(driver.current_url.startswith(editor), f"the new survey did not open in the designer ({mode})")
        check(f"designer overview of a new survey ({mode})")

        driver.get(f"{editor}/settings")
        driver.find_element(By.CSS_SELECTOR, "input[name=access][value=public]").click()
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
        expect("Gespeichert." in driver.page_source, f"the settings were not saved ({mode})")

        driver.get(editor)
        for kind in QUESTION_TYPES:
            Select(driver.find_element(By.NAME, "type-0")).select_by_value(kind)
            designer_save(driver, driver.find_element(By.CSS_SELECTOR, "button[value='add-question 0 @type-0']"))
            expect("Gespeichert." in driver.page_source, f"adding a {kind} question was not saved ({mode})")
        check(f"designer overview with every question type ({mode})")
        definition = driver.execute_async_script(FETCH_DEFINITION, f"/admin/designer/{survey}/download")
        questions = definition["pages"][0]["questions"]
        expect(sorted({q["type"] for q in questions}) == sorted(QUESTION_TYPES), f"not every type was added ({mode})")
        ids = {q["type"]: q["id"] for q in reversed(questions)}

        # A condition with a typo: the message stands at the field, with a caret and a suggestion.
        driver.get(f"{editor}/questions/{ids['multiple']}")
        condition = driver.find_element(By.NAME, "pages[0].questions[4].visibleIf")
        condition.send_keys(f"{ids['single'][:-1]} == 'option_1'")
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form.designer-form button[type=submit]:not([name])"))
        expect("expression-excerpt" in driver.page_source and ids["single"] in driver.page_source,
               f"the condition's typo has no excerpt and suggestion ({mode})")
        check(f"designer condition with a typo ({mode})")
        condition = driver.find_element(By.NAME, "pages[0].questions[4].visibleIf")
        condition.clear()
        condition.send_keys(f"{ids['single']} == 'option_1'")
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form.designer-form button[type=submit]:not([name])"))
        expect("Gespeichert." in driver.page_source, f"the fixed condition was not saved ({mode})")

        for lang, word in [("de", "Neue Frage"), ("en", "New question")]:
            driver.get(f"{editor}/preview?page=1&lang={lang}")
            expect(word in driver.page_source, f"the preview in {lang} lacks the questions ({mode})")
            check(f"designer preview of the new survey in {lang} ({mode})")

        # The survey is open to the public: a school answers the single choice and submits.
        driver.get(f"{base}/s/{survey}")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Befragung beginnen"))
        driver.find_element(By.CSS_SELECTOR, f"input[name={ids['single']}][value=option_1]").click()
        press(driver, "next")
        expect(driver.current_url.endswith("/review"), f"the new survey's page did not lead to the review ({mode})")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect(driver.current_url.endswith("/done"), f"the answer to the new survey was not submitted ({mode})")

        # On the live survey a label may change; the answered option's stored value may not.
        driver.get(f"{editor}/questions/{ids['single']}")
        label = driver.find_element(By.NAME, "pages[0].questions[3].options[0].label.de")
        label.clear()
        label.send_keys("Erste Wahl")
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form.designer-form button[type=submit]:not([name])"))
        expect("Gespeichert." in driver.page_source, f"the label change was not saved ({mode})")
        value = driver.find_element(By.NAME, "pages[0].questions[3].options[0].value")
        value.clear()
        value.send_keys("option_eins")
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form.designer-form button[type=submit]:not([name])"))
        stored = driver.execute_async_script(FETCH_DEFINITION, f"/admin/designer/{survey}/download")
        expect(stored["pages"][0]["questions"][3]["options"][0]["value"] == "option_1",
               f"an answered option's value was changed ({mode})")
        expect("Gespeichert." not in driver.page_source, f"the refused value change says it was saved ({mode})")
        check(f"designer refusal of an answered value ({mode})")

        # The versions show the label change; the version before it is restored.
        driver.get(f"{editor}/versions")
        expect("Erste Wahl" in driver.page_source, f"the versions do not show the label change ({mode})")
        check(f"designer versions of the new survey ({mode})")
        driver.find_elements(By.PARTIAL_LINK_TEXT, "Wiederherstellen")[0].click()
        WebDriverWait(driver, 20).until(lambda d: "/restore" in d.current_url or "restore" in d.page_source)
        designer_save(driver, driver.find_element(By.CSS_SELECTOR, "form[action*='/versions'] button"))
        expect("Gespeichert." in driver.page_source, f"the restore was not saved ({mode})")
        restored = driver.execute_async_script(FETCH_DEFINITION, f"/admin/designer/{survey}/download")
        expect(restored["pages"][0]["questions"][3]["options"][0]["label"]["de"] == "Option 1",
               f"the restore did not bring the previous label back ({mode})")
    finally:
        driver.quit()


def participants_in_the_browser(base):
    """Uploads a CSV file, adds a school and issues a new code on the office's participants page.

    Signs in with the password the office walk set; every state of the page is checked with axe.
    """
    driver = browser(True)
    try:
        manage_participants(driver, base)
    finally:
        driver.quit()


def manage_participants(driver, base):
    driver.get(f"{base}/admin")
    fill(driver, {"email": "admin", "password": OFFICE_PASSWORD}, False)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
    page = f"{base}/admin/s/{SURVEY}/participants"
    driver.get(page)
    expect("Teilnehmende verwalten" in driver.page_source, "no participants page")
    check_accessibility(driver, "office participants page")
    # Excel's CSV: semicolons, a byte-order mark, a label where a value is expected, and one error.
    folder = tempfile.mkdtemp(prefix="survey-browser-csv-")
    path = os.path.join(folder, "schulen.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        file.write("id;label;email;schulart;region\r\nb-001;Grundschule Am See;see@example.org;Grundschule;nord\r\n"
                   "b-002;Gymnasium Süd;;gym;Süd\r\n")
    driver.find_element(By.ID, "csv-file").send_keys(path)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button.primary"))
    expect("Zeile 3, Spalte 5" in driver.page_source and "Es wurde niemand eingeladen" in driver.page_source,
           "the upload did not name the bad region with row and column")
    check_accessibility(driver, "office participants page (upload errors)")
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        file.write("id;label;email;schulart;region\r\nb-001;Grundschule Am See;see@example.org;Grundschule;nord\r\n"
                   "b-002;Gymnasium Süd;;gym;Südlicher Kreis\r\n")
    driver.find_element(By.ID, "csv-file").send_keys(path)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[enctype] button.primary"))
    shutil.rmtree(folder, ignore_errors=True)
    links = re.findall(r"http://[^<\s]+/t/[0-9A-Z-]+", driver.page_source)
    expect(len(links) == 2 and "nur jetzt angezeigt" in driver.page_source, "the upload did not show two links once")
    check_accessibility(driver, "office participants page (links issued)")
    fill(driver, {"id": "b 003", "label": "Förderschule Ost", "schulart": "foerder", "region": "mitte"}, False)
    click_and_wait(driver, driver.find_elements(By.CSS_SELECTOR, "form[action$='/participants/add'] button")[0])
    expect("Bitte korrigieren Sie 1 Angabe" in driver.page_source, "a bad id in the add form was not named")
    check_accessibility(driver, "office participants page (add form errors)")
    fill(driver, {"id": "b-003"}, False)
    click_and_wait(driver, driver.find_elements(By.CSS_SELECTOR, "form[action$='/participants/add'] button")[0])
    added = re.findall(r"http://[^<\s]+/t/[0-9A-Z-]+", driver.page_source)
    expect(len(added) == 1 and "Förderschule Ost" in driver.page_source, "adding a school did not show its link")
    # A new code: the old link stops working, the new one opens the survey.
    row = driver.find_element(By.XPATH, "//table[@class='participants']//tr[td[text()='b-003']]")
    row.find_element(By.TAG_NAME, "summary").click()
    click_and_wait(driver, row.find_element(By.CSS_SELECTOR, "form button"))
    reissued = re.findall(r"http://[^<\s]+/t/[0-9A-Z-]+", driver.page_source)
    expect(len(reissued) == 1 and reissued != added, "reissuing did not show a new link")
    check_accessibility(driver, "office participants page (code reissued)")
    driver.get(f"{page}?sort=status&order=desc")
    expect("aria-sort=\"descending\"" in driver.page_source, "the table did not sort by status")
    driver.get(f"{page}?lang=en")
    expect("Response rate by participant field" in driver.page_source, "no English participants page")
    check_accessibility(driver, "office participants page (English)")
    school = browser(True)
    try:
        school.get(reissued[0])
        expect(school.current_url == f"{base}/s/{SURVEY}", f"the new link did not open the survey: {school.current_url}")
        school.delete_all_cookies()
        school.get(added[0])
        expect(school.current_url != f"{base}/s/{SURVEY}", "the replaced link still opens the survey")
    finally:
        school.quit()


def mail_from_the_office(base, outbox):
    """Invitations and a reminder sent from the office's pages through a sendmail stand-in.

    Every page on the way is checked with axe in German and English: the plan with its preview, the
    sending page (still, as `auto=0` shows it, and finished), a school's mail log.
    """
    driver = browser(True)
    try:
        driver.get(f"{base}/admin")
        fill(driver, {"email": "admin", "password": OFFICE_PASSWORD}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        driver.get(f"{base}/admin/s/{SURVEY}/participants")
        expect("Eingeladen am" in driver.page_source, "the participants table has no column for invitations")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Einladungen senden"))
        expect("XXXX-XXXX" in driver.page_source and "Einladungen jetzt senden" in driver.page_source,
               "the invitation page shows no preview or no confirmation")
        expect(not re.search(r"/t/(?!XXXX)[0-9A-Z]{4}-", driver.page_source), "the preview shows a real token")
        check_accessibility(driver, "office mail: invitations")
        driver.get(f"{base}/admin/s/{SURVEY}/mail/invite?lang=en")
        expect("Send invitations" in driver.page_source, "the invitation page is not in English")
        check_accessibility(driver, "office mail: invitations (English)")
        recipients = int(re.search(r"Send (\d+) invitations? now", driver.page_source).group(1))
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[method='post'] button.primary"))
        expect("/mail" in driver.current_url, f"confirming did not lead to the sending page: {driver.current_url}")
        driver.get(f"{base}/admin/s/{SURVEY}/mail?auto=0")
        check_accessibility(driver, "office mail: sending page")
        deadline = time.time() + 60
        while "Abgeschlossen" not in driver.page_source and time.time() < deadline:
            time.sleep(0.5)
            driver.get(f"{base}/admin/s/{SURVEY}/mail")
        expect(f"Gesendet: {recipients}" in driver.page_source, "the round did not send to every recipient")
        check_accessibility(driver, "office mail: round finished")
        driver.get(f"{base}/admin/s/{SURVEY}/mail?lang=en")
        check_accessibility(driver, "office mail: round finished (English)")
        messages = os.listdir(outbox)
        expect(len(messages) == recipients, f"{recipients} invitations confirmed, {len(messages)} handed to sendmail")
        driver.get(f"{base}/admin/s/{SURVEY}/participants/p/demo-3")
        expect("Versandprotokoll" in driver.page_source and "gesendet" in driver.page_source,
               "the school's page shows no mail log")
        check_accessibility(driver, "office mail: a school's mail log")
        driver.get(f"{base}/admin/s/{SURVEY}/participants/p/demo-3?lang=en")
        check_accessibility(driver, "office mail: a school's mail log (English)")
        driver.get(f"{base}/admin/s/{SURVEY}/mail/remind?not-started=1")
        expect("bereits abgeschickt" in driver.page_source, "the reminder page does not leave out who submitted")
        check_accessibility(driver, "office mail: reminder")
        driver.get(f"{base}/admin/s/{SURVEY}/mail/remind?lang=en")
        check_accessibility(driver, "office mail: reminder (English)")
    finally:
        driver.quit()


def conditions_and_filter(base, link):
    """The no-JS page states its condition in words; the office report's filter builder filters."""
    driver = browser(False)
    try:
        driver.get(link)
        driver.get(f"{base}/s/{SURVEY}/p/plattformen")
        hint = driver.find_element(By.ID, "c-moodle_anteil").text
        expect(hint.startswith("Nur zu beantworten, wenn Sie bei „") and hint.endswith("„moodle@RLP“ gewählt haben."),
               f"the condition is not in words: {hint}")
        driver.get(f"{base}/s/{SURVEY}/p/plattformen?lang=en")
        hint = driver.find_element(By.ID, "c-moodle_anteil").text
        expect(hint.startswith("Please answer only if you chose “") and "„" not in hint,
               f"the English condition is not in English words: {hint}")
    finally:
        driver.quit()
    driver = browser(True)
    try:
        driver.get(f"{base}/admin")
        fill(driver, {"email": "admin", "password": OFFICE_PASSWORD}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        driver.get(f"{base}/admin/s/{SURVEY}/report")
        Select(driver.find_element(By.ID, "subject")).select_by_value("participant.schulart")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[name=builder][value=choose]"))
        Select(driver.find_element(By.ID, "value")).select_by_visible_text("Grundschule")
        check_accessibility(driver, "office report with the filter builder")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[name=builder][value=apply]"))
        expect(driver.find_element(By.ID, "filter").get_attribute("value") == "participant.schulart == 'gs'",
               "the builder did not write the expression")
        expect("„Schulart“ ist „Grundschule“" in driver.page_source, "the report does not name its filter in words")
        driver.find_element(By.ID, "filter").clear()
        driver.find_element(By.ID, "filter").send_keys("region = 'Südlicher Kreis'")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.report-choice > .actions button.primary"))
        expect("wurde als Teilnehmerfeld participant.region gelesen" in driver.page_source
               and driver.find_element(By.ID, "filter").get_attribute("value") == "participant.region == 'sued'",
               "the filter field did not read region and its label as participant field and value")
        check_accessibility(driver, "office report with filter notes")
    finally:
        driver.quit()


PEOPLE = [
    ("bernd.sachbearbeitung@example.org", "Bernd Sachbearbeitung", "staff", "Schultafel-Kreide-Wolke"),
    ("clara.ausschuss@example.org", "Clara Ausschuss", "committee", "Fahrrad-Laterne-Regen"),
]


def invite_people(base):
    """Issue #14, end-to-end step 1: the admin invites a staff member and a committee member in the
    browser; each opens the link, sets a password and signs in.

    Checks the pages of people, the audit log and one's own account with axe, in German and English.
    """
    driver = browser(True)
    try:
        links = invitations_by_the_admin(driver, base)
    finally:
        driver.quit()
    for email, name, role, password in PEOPLE:
        person = browser(True)
        try:
            accept_invitation(person, base, links[email], email, name, password)
        finally:
            person.quit()


def signed_in_as(driver, name):
    """Waits for the office frame naming `name`: hashing a password takes a while on a busy machine."""
    try:
        WebDriverWait(driver, 60).until(lambda d: f"Angemeldet: {name}" in d.page_source)
    except WebDriverException:
        raise Failure(f"{name} is not signed in on {driver.current_url}")


def invitations_by_the_admin(driver, base):
    driver.get(f"{base}/admin")
    fill(driver, {"email": "admin", "password": OFFICE_PASSWORD}, False)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
    signed_in_as(driver, "Administrator")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Personen"))
    check_accessibility(driver, "office people page")
    links = {}
    for email, name, role, _ in PEOPLE:
        driver.get(f"{base}/admin/users")
        fill(driver, {"email": email, "name": name, "role": role}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action^='/admin/users/invite'] button"))
        links[email] = driver.find_element(By.CSS_SELECTOR, "code.invitation-link").text
        expect("/admin/invite/" in links[email], f"no invitation link for {email}")
    check_accessibility(driver, "office invitation link")
    driver.get(f"{base}/admin/users?lang=en")
    expect("Clara Ausschuss" in driver.page_source and "invited" in driver.page_source,
           "the people page does not list the invited committee member")
    check_accessibility(driver, "office people page (English)")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[aria-label='Disable: Clara Ausschuss']"))
    expect("Disable the account" in driver.page_source, "disabling does not ask first")
    check_accessibility(driver, "office confirmation before disabling")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Cancel"))
    driver.get(f"{base}/admin/audit?action=user-added")
    expect(all(email in driver.page_source for email, *_ in PEOPLE), "the audit page lacks the invitations")
    check_accessibility(driver, "office audit log")
    driver.get(f"{base}/admin/audit?lang=en&from=2000-01-01")
    check_accessibility(driver, "office audit log (English)")
    driver.get(f"{base}/admin/account")
    check_accessibility(driver, "office own account")
    return links


def accept_invitation(driver, base, link, email, name, password):
    driver.get(link)
    expect(name in driver.page_source, f"the invitation page does not name {name}")
    fill(driver, {"password": password, "repeat": password}, False)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
    signed_in_as(driver, name)
    driver.delete_all_cookies()
    driver.get(f"{base}/admin")
    fill(driver, {"email": email, "password": password}, False)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
    signed_in_as(driver, name)
    driver.get(f"{base}/admin/account?lang=en")
    expect("Sign out everywhere" in driver.page_source, f"{name} has no account page")
    check_accessibility(driver, f"office own account ({name})")


COMMITTEE_EMAIL = "ausschuss@example.org"
COMMITTEE_PASSWORD = "Gruene-Wiese-Laterne-Kompass"
REPORT_TITLE = "Schulträgerausschuss, Sitzung vom 13.11.2026"


def sign_in(driver, base, email, password):
    driver.get(f"{base}/admin")
    fill(driver, {"email": email, "password": password}, False)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))


def committee_flow(base, binary, responses):
    """Staff publish a report; a committee member signs in, reads it, prints it and is refused the responses.

    The member is invited with `survey users add`; a share link opens the same report without an account.
    Every new page type is checked with axe, in German and English.
    """
    pdf_bytes = 0
    driver = browser(True)
    try:
        sign_in(driver, base, "admin", OFFICE_PASSWORD)
        driver.get(f"{base}/admin/s/{SURVEY}/report")
        check_accessibility(driver, "office report with the publish form")
        fill(driver, {"title": REPORT_TITLE}, False)
        click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Veröffentlichen']"))
        expect("Veröffentlichte Berichte" in driver.page_source and REPORT_TITLE in driver.page_source,
               "publishing did not lead to the list of published reports")
        check_accessibility(driver, "published reports (staff)")
        driver.get(driver.current_url.split("?")[0] + "?lang=en")
        expect("Published reports" in driver.page_source, "the published reports page has no English")
        check_accessibility(driver, "published reports (staff, English)")
        click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Create share link']"))
        check_accessibility(driver, "share link created")
        share = driver.find_element(By.CSS_SELECTOR, "code.share-link").text
    finally:
        driver.quit()

    added = subprocess.run(
        [binary, "users", "add", COMMITTEE_EMAIL, "--name", "Mitglied des Ausschusses", "--role", "committee",
         "--responses", responses], capture_output=True, text=True, cwd=ROOT)
    invitation = next((word for word in added.stdout.split() if "/admin/invite/" in word), None)
    expect(invitation, "survey users add printed no invitation link:\n" + added.stdout + added.stderr)
    driver = browser(True)
    try:
        driver.get(base + invitation[invitation.index("/admin/invite/"):])
        fill(driver, {"password": COMMITTEE_PASSWORD, "repeat": COMMITTEE_PASSWORD}, False)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button.primary"))
        expect("/admin/reports" in driver.current_url and REPORT_TITLE in driver.page_source,
               "the committee member did not land on the reports")
        check_accessibility(driver, "committee reports list")
        driver.get(f"{base}/admin/reports?lang=en")
        expect("Reports" in driver.page_source and "Data as of" in driver.page_source, "the reports list has no English")
        check_accessibility(driver, "committee reports list (English)")
        driver.get(f"{base}/admin/reports")
        click_and_wait(driver, driver.find_element(By.LINK_TEXT, REPORT_TITLE))
        expect("Datenstand" in driver.page_source, "the published report shows no data cut-off")
        check_accessibility(driver, "published report")
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                          "printBackground": True})
        pdf_bytes = len(base64.b64decode(pdf["data"]))
        expect(pdf_bytes > 10_000, "the printed report is nearly empty")
        driver.get(f"{base}/admin/s/{SURVEY}/r/unbekannt")
        expect("Kein Zugriff" in driver.page_source, "a committee member reached the responses")
        driver.get(f"{base}/admin/s/{SURVEY}")
        expect("Kein Zugriff" in driver.page_source, "a committee member reached the survey page")
        check_accessibility(driver, "refusal page for a committee member")
    finally:
        driver.quit()

    driver = browser(True)
    try:
        driver.get(base + share[share.index("/share/"):])
        expect("Datenstand" in driver.page_source and REPORT_TITLE in driver.page_source,
               "the share link does not open the report")
        check_accessibility(driver, "published report by share link")
        driver.get(f"{base}/share/unsinn")
        check_accessibility(driver, "invalid share link")
    finally:
        driver.quit()
    return pdf_bytes


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "survey")
    responses = tempfile.mkdtemp(prefix="survey-browser-responses-")
    process, base, links, setup, outbox = start_server(binary, responses)
    try:
        walk(base, links["1"], responses, javascript=True)
        print("scenario with JavaScript: passed")
        walk(base, links["2"], responses, javascript=False)
        print("scenario without JavaScript: passed")
        number_across_languages(base, links["3"])
        office(base, setup)
        print("office area: passed")
        designer_from_blank(base, javascript=False)
        designer_from_blank(base, javascript=True)
        print("a survey built in the designer from blank, answered, changed live and restored: passed")
        participants_in_the_browser(base); print("participants in the browser: passed")
        invite_people(base); print("people invited in the browser: passed")
        conditions_and_filter(base, links.get("3", links["1"]))
        print("conditions in words and the filter builder: passed")
        pdf_bytes = committee_flow(base, binary, responses)
        print(f"committee reads a published report: passed (printed to {pdf_bytes} bytes of PDF)")
        # Last: an invitation replaces the demo schools' codes, which the steps before still use.
        mail_from_the_office(base, outbox); print("invitations and reminders from the office: passed")
        print(f"axe-core: no WCAG 2.0/2.1 A or AA violations on {len(CHECKED_PAGES)} pages: " + ", ".join(CHECKED_PAGES))
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(responses, ignore_errors=True)
        shutil.rmtree(responses + "-surveys", ignore_errors=True)
        shutil.rmtree(responses + "-mail", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
