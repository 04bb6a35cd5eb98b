"""Each page with the Django test client, as the role it is for."""

from __future__ import annotations

import io

import yaml
from django.contrib.auth import get_user_model

from vaktaal.web.models import Learner


def _sector(project, name="proef"):
    return {t["id"]: t for t in yaml.safe_load((project / "sectors" / f"{name}.yaml").read_text())["terms"]}


def _overlay(project, employer="smit"):
    return {t["id"]: t for t in yaml.safe_load((project / "employers" / employer / "metaal.yaml").read_text())["terms"]}


# coach ---------------------------------------------------------------------------------------------

def test_coach_adds_learners_with_names_as_typed(as_user, project):
    client = as_user("coach")
    response = client.post("/coach/", {"name": "ዓማል", "language": "ti", "profile": "alfa", "recipe": "proef"})
    assert response.status_code == 302
    client.post("/coach/", {"name": "Amal K.", "language": "ar", "profile": "lezer", "recipe": "proef"})
    # The Ge'ez name is transliterated for its folder.
    assert sorted(Learner.objects.values_list("name", "slug")) == [("Amal K.", "amal-k"), ("ዓማል", "amal")]
    page = client.get("/coach/").content.decode()
    assert "ዓማል" in page and "Tigrinya" in page and "lezer" in page
    assert "Amal" not in as_user("coach2").get("/coach/").content.decode()  # only your own


def test_coach_makes_a_plan_and_moves_a_word(as_user, project, people):
    item = Learner.objects.create(name="Yonas", slug="yonas", language="ti", profile="alfa", recipe="proef",
                                  coach=people["coach"])
    client = as_user("coach")
    assert "Maak het weekplan" in client.get(f"/coach/cursist/{item.pk}/").content.decode()
    client.post(f"/coach/cursist/{item.pk}/plan/maken/")
    plan = yaml.safe_load((project / "learners" / "yonas" / "plan.proef.yaml").read_text())
    assert plan["per_week"] == 6
    key = plan["weeks"][1][0]
    client.post(f"/coach/cursist/{item.pk}/plan/verplaats/", {"key": key, "week": "4"})
    client.post(f"/coach/cursist/{item.pk}/plan/verplaats/", {"key": plan["weeks"][1][1], "week": "later"})
    moved = yaml.safe_load((project / "learners" / "yonas" / "plan.proef.yaml").read_text())
    assert key in moved["weeks"][4] and key not in moved["weeks"][1]
    assert plan["weeks"][1][1] in moved["later"]
    page = client.get(f"/coach/cursist/{item.pk}/").content.decode()
    assert "Week 4" in page and "Later" in page


def test_coach_checklist_records_progress(as_user, learner, project):
    client = as_user("coach")
    page = client.get(f"/coach/cursist/{learner.pk}/week/1/afvinken/").content.decode()
    plan = yaml.safe_load((project / "learners" / "amal" / "plan.proef.yaml").read_text())
    week1 = plan["weeks"][1]
    assert all(f'name="w-{key}"' in page for key in week1)
    answers = {f"w-{key}": "known" for key in week1} | {f"w-{week1[0]}": "not_yet"}
    response = client.post(f"/coach/cursist/{learner.pk}/week/1/afvinken/", answers)
    assert response.status_code == 302
    progress = yaml.safe_load((project / "learners" / "amal" / "progress.yaml").read_text())
    assert progress["weeks"][1]["not_yet"] == [week1[0]]
    assert sorted(progress["weeks"][1]["known"]) == sorted(week1[1:])
    assert "checked" in client.get(f"/coach/cursist/{learner.pk}/week/1/afvinken/").content.decode()


def test_coach_week_page_before_the_pack_is_made(as_user, learner):
    page = as_user("coach").get(f"/coach/cursist/{learner.pk}/week/1/").content.decode()
    assert "Maak het weekpakket" in page and "Zip voor de telefoon" not in page
    assert as_user("coach").get(f"/coach/cursist/{learner.pk}/week/99/").status_code == 404
    assert as_user("coach").get(f"/coach/cursist/{learner.pk}/week/1/telefoon.zip").status_code == 404


def test_coach_deck_download_before_a_build_is_not_found(as_user, learner):
    assert as_user("coach").get(f"/coach/cursist/{learner.pk}/deck/").status_code == 404


# employer ------------------------------------------------------------------------------------------

def test_employer_sees_only_their_own_terms(as_user, project):
    overlay = project / "employers" / "jansen" / "metaal.yaml"
    overlay.write_text(overlay.read_text().replace("kantbank", "steiger"))
    page = as_user("smit").get("/werkgever/smit/").content.decode()
    assert "de kantbank" in page and "steiger" not in page and "laskap" not in page
    assert "⚠ niet gecontroleerd" in page


def test_employer_adds_a_term_without_photo(as_user, project):
    response = as_user("smit").post("/werkgever/smit/toevoegen/", {
        "sector": "metaal", "nl": "afzuiging", "pos": "noun", "article": "de", "level": "A2", "safety": "on",
        "tr_en": "extraction", "example": "Zet de afzuiging aan."})
    assert response.status_code == 302
    term = _overlay(project)["afzuiging"]
    assert term["safety"] is True and term["translations"] == {"en": "extraction"} and term["reviewed"] == []
    assert "toegevoegd in de app door smit" in term["source"]


def test_employer_add_shows_the_library_reason(as_user, project):
    response = as_user("smit").post("/werkgever/smit/toevoegen/", {
        "sector": "metaal", "nl": "laskap", "pos": "noun", "article": "de", "level": "A2"})
    page = response.content.decode()
    assert response.status_code == 200 and "Niet toegevoegd" in page and "laskap" in page


def test_employer_edits_a_term_and_a_changed_translation_needs_review_again(as_user, project):
    overlay = project / "employers" / "smit" / "metaal.yaml"
    overlay.write_text(overlay.read_text().replace("reviewed: []", "reviewed: [en, ar]"))
    client = as_user("smit")
    form = client.get("/werkgever/smit/woord/metaal/kantbank/").content.decode()
    assert 'value="press brake"' in form
    response = client.post("/werkgever/smit/woord/metaal/kantbank/", {
        "nl": "kantbank", "pos": "noun", "article": "de", "plural": "kantbanken", "level": "B1", "safety": "on",
        "tr_en": "press brake", "tr_ar": "آلة ثني", "example": "De kantbank staat in hal 2."})
    assert response.status_code == 302, response.content.decode()[:2000]
    term = _overlay(project)["kantbank"]
    assert term["translations"]["ar"] == "آلة ثني" and term["reviewed"] == ["en"]
    assert term["example"] == "De kantbank staat in hal 2."


def test_employer_downloads_the_template(as_user, project):
    response = as_user("smit").get("/werkgever/smit/sjabloon.xlsx")
    assert response.status_code == 200 and response.content[:2] == b"PK"
    assert "attachment" in response.headers["Content-Disposition"]


def test_employer_csv_preview_then_confirm(as_user, project):
    client = as_user("smit")
    sheet = io.BytesIO(b"woord;lidwoord;vertaling_en\nzetbank;der;bench\nsnijbrander;de;cutting torch\n"
                       b"kantbank;de;press brake\n")
    sheet.name = "lijst.csv"
    page = client.post("/werkgever/smit/lijst/", {"sector": "metaal", "sheet": sheet}).content.decode()
    assert "rij 2" in page and "der" in page and "kantbank" in page
    assert "rij 4</strong> (kantbank): staat er al zo in" in page  # already in the employer's file: skipped
    assert "snijbrander" in page and "Toevoegen (1)" in page
    assert "snijbrander" not in _overlay(project)  # a preview writes nothing
    response = client.post("/werkgever/smit/lijst/bevestigen/")
    assert response.status_code == 302
    assert "snijbrander" in _overlay(project) and "zetbank" not in _overlay(project)
    assert not any((project / ".vaktaal" / "uploads").iterdir())
    again = client.post("/werkgever/smit/lijst/bevestigen/", follow=True).content.decode()
    assert "Upload hem opnieuw" in again


# reviewer ------------------------------------------------------------------------------------------

def test_reviewer_queue_puts_safety_words_first(as_user, project):
    page = as_user("rev-ti").get("/controle/").content.decode()
    assert "veiligheidswoord" in page and "Tigrinya" in page
    assert 'lang="ti" dir="ltr"' in page


def test_arabic_is_shown_right_to_left(as_user, project):
    page = as_user("rev-ar").get("/controle/").content.decode()
    assert 'lang="ar" dir="rtl"' in page


def test_reviewer_accepts_corrects_and_skips(as_user, project):
    client = as_user("rev-ti")
    seen = _sector(project)["brandblusser"]["translations"]["ti"]
    client.post("/controle/antwoord/", {"key": "proef/brandblusser", "lang": "ti", "action": "goed",
                                        "seen_translation": seen, "seen_reviewed": "0"})
    client.post("/controle/antwoord/", {"key": "proef/zaag", "lang": "ti", "action": "corrigeren",
                                        "translation": " መጋዝ ናይ ዕንጨይቲ ", "seen_translation": "መጋዝ",
                                        "seen_reviewed": "0"})
    terms = _sector(project)
    assert terms["brandblusser"]["reviewed"] == ["ti"]
    assert terms["zaag"]["translations"]["ti"] == "መጋዝ ናይ ዕንጨይቲ" and terms["zaag"]["reviewed"] == ["ti"]
    first = client.get("/controle/").content.decode().split('name="key" value="')[1].split('"')[0]
    client.post("/controle/antwoord/", {"key": first, "lang": "ti", "action": "overslaan"})
    assert f'name="key" value="{first}"' not in client.get("/controle/").content.decode()
    client.post("/controle/antwoord/", {"key": "", "lang": "ti", "action": "opnieuw"})
    assert f'name="key" value="{first}"' in client.get("/controle/").content.decode()


def test_two_reviewers_on_one_translation_the_second_decides(as_user, project, people):
    from vaktaal.web.accounts import create_account

    create_account("rev-ti-2", "een-lang-wachtwoord-42", role="reviewer", languages=["ti"])
    first, second = as_user("rev-ti"), None
    seen = {"key": "proef/zaag", "lang": "ti", "seen_translation": "መጋዝ", "seen_reviewed": "0"}
    first.post("/controle/antwoord/", {**seen, "action": "corrigeren", "translation": "መጋዝ (ናይ ኢድ)"})
    from django.test import Client

    second = Client()
    second.force_login(get_user_model().objects.get(username="rev-ti-2"),
                       backend="django.contrib.auth.backends.ModelBackend")
    response = second.post("/controle/antwoord/", {**seen, "action": "corrigeren", "translation": "መጋዝ ዓባይ"})
    page = response.content.decode()
    assert response.status_code == 409 and "Iemand was je voor" in page
    assert "መጋዝ (ናይ ኢድ)" in page and "መጋዝ ዓባይ" in page
    assert _sector(project)["zaag"]["translations"]["ti"] == "መጋዝ (ናይ ኢድ)"  # the first answer is not lost
    # The second decides to put theirs in, knowing what is there now.
    now = page.split('name="seen_translation" value="')[1].split('"')[0]
    second.post("/controle/antwoord/", {**seen, "seen_translation": now, "seen_reviewed": "1",
                                        "action": "corrigeren", "translation": "መጋዝ ዓባይ"})
    assert _sector(project)["zaag"]["translations"]["ti"] == "መጋዝ ዓባይ"


def test_reviewer_hears_the_dutch_word_offline_and_sees_the_picture(as_user, project):
    client = as_user("rev-ti")
    response = client.get("/controle/geluid/ti/nl/proef/laskap")
    assert response.status_code == 200 and response["Content-Type"] == "audio/mpeg"
    assert b"".join(response.streaming_content)[:2] in (b"ID", b"\xff\xfb", b"\xff\xf3")
    picture = client.get("/controle/plaatje/ti/proef/laskap")
    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    assert client.get("/controle/geluid/ti/nl/proef/bestaat-niet").status_code == 404


def test_recording_upload_is_checked(as_user, project):
    client = as_user("rev-ti")
    assert client.post("/controle/opname/", {"key": "proef/laskap", "lang": "ti"}).status_code == 400
    wrong = io.BytesIO(b"not audio")
    wrong.name = "x.exe"
    assert client.post("/controle/opname/", {"key": "proef/laskap", "lang": "ti", "audio": wrong}).status_code == 415


def test_a_saved_recording_says_where_to_play_it_back(as_user, project, tmp_path):
    """The recorder shows the new recording's player at once: the answer names its address."""
    from browser import tone_wav
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = as_user("rev-ti")
    wav = tone_wav(tmp_path / "stem.wav", seconds=1.0)
    audio = SimpleUploadedFile("opname", wav.read_bytes(), content_type="audio/wav")
    answer = client.post("/controle/opname/", {"key": "proef/laskap", "lang": "ti", "audio": audio}).json()
    assert answer == {"ok": True, "message": "Opname opgeslagen.", "sound": "/controle/geluid/ti/ti/proef/laskap"}
    played = client.get(answer["sound"])
    assert played.status_code == 200 and played["Content-Type"] == "audio/mpeg"
    assert b"".join(played.streaming_content)[:2] in (b"ID", b"\xff\xfb", b"\xff\xf3")


# admin ---------------------------------------------------------------------------------------------

def test_admin_manages_accounts(as_user, people, project):
    client = as_user("beheer")
    page = client.get("/beheer/").content.decode()
    assert "rev-ti" in page and "controleur" in page
    client.post("/beheer/", {"username": "fatima", "password": "nog-een-lang-wachtwoord", "role": "reviewer",
                             "languages": "so, ar"})
    fatima = get_user_model().objects.get(username="fatima")
    assert fatima.account.language_list == ["so", "ar"]
    client.post(f"/beheer/account/{fatima.pk}/", {"role": "employer", "employer": "smit"})
    fatima.account.refresh_from_db()
    assert fatima.account.role == "employer" and fatima.account.employer == "smit" and fatima.account.languages == ""
    client.post(f"/beheer/account/{fatima.pk}/wachtwoord/", {"password": "weer-een-ander-wachtwoord"})
    fatima.refresh_from_db()
    assert fatima.check_password("weer-een-ander-wachtwoord")
    client.post(f"/beheer/account/{fatima.pk}/verwijderen/")
    assert not get_user_model().objects.filter(username="fatima").exists()


def test_admin_form_refuses_bad_values(as_user, people, project):
    client = as_user("beheer")
    page = client.post("/beheer/", {"username": "x", "password": "een-lang-wachtwoord-42", "role": "reviewer",
                                    "languages": "xx"}, follow=True).content.decode()
    assert "xx" in page and not get_user_model().objects.filter(username="x").exists()
    page = client.post("/beheer/", {"username": "y", "password": "password", "role": "coach"},
                       follow=True).content.decode()
    assert not get_user_model().objects.filter(username="y").exists()
    me = people["beheer"]
    client.post(f"/beheer/account/{me.pk}/verwijderen/")
    assert get_user_model().objects.filter(username="beheer").exists()


def test_admin_gives_a_learner_to_another_coach(as_user, learner, people):
    client = as_user("beheer")
    assert "Amal ዓማል" in client.get("/beheer/cursisten/").content.decode()
    client.post("/beheer/cursisten/", {"learner": learner.pk, "coach": people["coach2"].pk})
    learner.refresh_from_db()
    assert learner.coach == people["coach2"]
    assert as_user("coach2").get(f"/coach/cursist/{learner.pk}/").status_code == 200
    assert as_user("coach").get(f"/coach/cursist/{learner.pk}/").status_code == 403
