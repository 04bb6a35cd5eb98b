"""The employer's forms: one term (add or edit, with a photo from the phone camera) and a sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from vaktaal.content.format_rules import ARTICLES, LEVELS
from vaktaal.content.languages import LEARNER_LANGUAGES, language_name
from vaktaal.content.model import Term
from vaktaal.employers.sheets import SHEET_SUFFIXES
from vaktaal.web.settings import PHOTO_MAX_BYTES, SHEET_MAX_BYTES

POS_CHOICES = [("noun", "zelfstandig naamwoord (met de/het)"), ("verb", "werkwoord"),
               ("phrase", "zin of uitdrukking"), ("abbreviation", "afkorting"), ("adjective", "bijvoeglijk naamwoord")]
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


def size_checked(upload: UploadedFile | None, limit: int, what: str) -> UploadedFile | None:
    if upload is not None and upload.size is not None and upload.size > limit:
        raise forms.ValidationError(f"{what} is te groot (meer dan {limit // (1024 * 1024)} MB).")
    return upload


class TermForm(forms.Form):
    sector = forms.ChoiceField(label="Vakgebied")
    nl = forms.CharField(label="Woord (zonder de/het)", max_length=120)
    pos = forms.ChoiceField(label="Soort woord", choices=POS_CHOICES)
    article = forms.ChoiceField(label="de of het", required=False, choices=[("", "–"), *((a, a) for a in ARTICLES)])
    plural = forms.CharField(label="Meervoud", required=False, max_length=120)
    level = forms.ChoiceField(label="Niveau", choices=[(lv, lv) for lv in LEVELS], initial="A2")
    safety = forms.BooleanField(label="Heeft met veiligheid te maken", required=False)
    example = forms.CharField(label="Voorbeeldzin", required=False, max_length=300)
    notes = forms.CharField(label="Opmerking voor de taalcoach", required=False, max_length=500,
                            widget=forms.Textarea(attrs={"rows": 2}))
    photo = forms.FileField(label="Foto", required=False, widget=forms.ClearableFileInput(
        attrs={"accept": "image/*", "capture": "environment"}))

    field_order = ("sector", "nl", "photo", "article", "pos", "plural", "safety", "example", "level", "notes")

    def __init__(self, *args: Any, sectors: list[str], adding: bool, term: Term | None = None,
                 **kwargs: Any) -> None:
        if term is not None:
            kwargs["initial"] = {**self.initial_from(term), "sector": kwargs.get("initial", {}).get("sector")}
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [(s, s) for s in sectors]
        for code in LEARNER_LANGUAGES:
            self.fields[f"tr_{code}"] = forms.CharField(label=f"Vertaling {language_name(code)}", required=False,
                                                        max_length=200)
        if not adding:
            del self.fields["photo"]
            self.fields["sector"].disabled = True
            self.fields["sector"].required = False

    @staticmethod
    def initial_from(term: Term) -> dict[str, Any]:
        values: dict[str, Any] = {"nl": term.nl, "pos": term.pos, "article": term.article or "",
                                  "plural": term.plural or "", "level": term.level, "safety": term.safety,
                                  "example": term.example or "", "notes": term.notes or ""}
        values.update({f"tr_{code}": text for code, text in term.translations.items()})
        return values

    def clean_photo(self) -> UploadedFile | None:
        upload = size_checked(self.cleaned_data.get("photo"), PHOTO_MAX_BYTES, "De foto")
        if upload is not None and Path(upload.name or "").suffix.lower() not in PHOTO_SUFFIXES:
            raise forms.ValidationError("Een foto moet een .jpg of .png zijn.")
        return upload

    def translations(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"tr_{code}"].strip() for code in LEARNER_LANGUAGES
                if self.cleaned_data.get(f"tr_{code}", "").strip()}

    def term_fields(self) -> dict[str, Any]:
        """The fields for ``adding.TermInput`` (the library checks them like a sector term)."""
        data = self.cleaned_data
        fields: dict[str, Any] = {"nl": data["nl"], "pos": data["pos"], "level": data["level"],
                                  "safety": data["safety"], "translations": self.translations() or None}
        for name in ("article", "plural", "example", "notes"):
            if data.get(name):
                fields[name] = data[name].strip()
        if data["pos"] == "noun" and not data.get("plural"):
            fields["plural"] = None
        return fields

    def changes(self, term: Term) -> dict[str, Any]:
        """What the employer changed, for ``editing.edit_term``."""
        data = self.cleaned_data
        new: dict[str, Any] = {"nl": data["nl"], "pos": data["pos"], "article": data["article"] or None,
                               "plural": data["plural"], "level": data["level"], "safety": data["safety"],
                               "example": data["example"], "notes": data["notes"]}
        old = self.initial_from(term)
        changes = {k: v for k, v in new.items() if (v or "") != (old.get(k) or "") and not (
            k == "safety" and bool(v) == bool(old.get(k)))}
        translations = {code: data.get(f"tr_{code}", "") for code in LEARNER_LANGUAGES
                        if data.get(f"tr_{code}", "").strip() != (term.translations.get(code) or "")}
        if translations:
            changes["translations"] = translations
        return changes


class UploadForm(forms.Form):
    sector = forms.ChoiceField(label="Vakgebied")
    sheet = forms.FileField(label="Excel-lijst (.xlsx) of .csv")

    def __init__(self, *args: Any, sectors: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [(s, s) for s in sectors]

    def clean_sheet(self) -> UploadedFile | None:
        upload = size_checked(self.cleaned_data.get("sheet"), SHEET_MAX_BYTES, "De lijst")
        if upload is not None and Path(upload.name or "").suffix.lower() not in SHEET_SUFFIXES:
            raise forms.ValidationError("Upload een Excel-bestand (.xlsx) of een .csv-bestand.")
        return upload
