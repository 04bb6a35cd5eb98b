"""The four card templates and the styling, in Anki's template language (no JavaScript).

Each template is wrapped in a switch field (``{{#Herkennen}}`` …) that vaktaal fills with "1" or
leaves empty: Anki makes a card only when the front has content, so the recipe decides which
cards exist without ever changing the note type.
"""

from __future__ import annotations

# Picture first, emoji when there is no picture: for low-literate learners the image carries it.
_PICTURE = ('{{#Picture}}<div class="picture">{{Picture}}</div>{{/Picture}}'
            '{{^Picture}}{{#Emoji}}<div class="emoji">{{Emoji}}</div>{{/Emoji}}{{/Picture}}')
_SAFETY = '{{#Safety}}<div class="safety">{{Safety}}</div>{{/Safety}}'
_DUTCH = ('<div class="nl" lang="nl">{{#Article}}<span class="article">{{Article}}</span> {{/Article}}'
          '{{Word}}</div>')
_MEANING = ('{{#Translation}}<div class="meaning" lang="{{Language}}" dir="{{Direction}}">{{Translation}}'
            '</div>{{/Translation}}{{#Extra}}<div class="audio">{{Extra}}</div>{{/Extra}}'
            '{{#TranslationStatus}}<div class="unchecked">{{TranslationStatus}}</div>{{/TranslationStatus}}')
_DETAILS = ('{{#FullForm}}<div class="full-form" lang="nl">{{FullForm}}</div>{{/FullForm}}'
            '{{#Reader}}{{#Plural}}<div class="plural" lang="nl">meervoud: {{Plural}}</div>{{/Plural}}{{/Reader}}')
# Readers see the example sentence and its translation; alfa learners hear it.
_EXAMPLE = ('{{#Reader}}{{#Example}}<div class="example" lang="nl">{{Example}} {{ExampleAudio}}</div>'
            '{{#ExampleTranslation}}<div class="example-translation" lang="{{Language}}" dir="{{Direction}}">'
            '{{ExampleTranslation}}</div>{{/ExampleTranslation}}{{/Example}}{{/Reader}}'
            '{{^Reader}}{{#ExampleAudio}}<div class="example-audio">{{ExampleAudio}}</div>{{/ExampleAudio}}{{/Reader}}')
_ANSWER_LINE = '<hr id="answer">'

TEMPLATES: tuple[dict[str, str], ...] = (
    {
        "name": "Herkennen",
        "qfmt": ('{{#Herkennen}}<div class="prompt">Wat betekent dit?</div>' + _SAFETY + _PICTURE + _DUTCH
                 + '<div class="audio">{{WordAudio}}</div>{{/Herkennen}}'),
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _MEANING + _DETAILS + _EXAMPLE,
    },
    {
        "name": "Zeggen",
        "qfmt": ('{{#Zeggen}}<div class="prompt">Hoe zeg je dit in het Nederlands?</div>' + _SAFETY + _PICTURE
                 + _MEANING + '{{/Zeggen}}'),
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _DUTCH + '<div class="audio">{{WordAudio}}</div>' + _DETAILS
                + _EXAMPLE,
    },
    {
        "name": "Luisteren",
        "qfmt": ('{{#Luisteren}}<div class="prompt">Luister. Welk woord is dit?</div>'
                 '<div class="audio big-audio">{{WordAudio}}</div>{{/Luisteren}}'),
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _SAFETY + _PICTURE + _DUTCH + _MEANING + _DETAILS + _EXAMPLE,
    },
    {
        "name": "Zin",
        "qfmt": ('{{#Zin}}<div class="prompt">Wat zeg je?</div>' + _PICTURE
                 + '<div class="situation" lang="nl">{{Situation}}</div>{{/Zin}}'),
        "afmt": ('{{FrontSide}}' + _ANSWER_LINE + _DUTCH + '<div class="audio">{{WordAudio}}</div>' + _MEANING
                 + _EXAMPLE),
    },
)

CSS = """\
.card {
  font-family: "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 26px; line-height: 1.4; text-align: center;
  color: #141414; background-color: #fffdf7; padding: 12px;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #f0f0f0; background-color: #1c1c1c;
}
.prompt { font-size: 18px; color: #5f5f5f; margin-bottom: 12px; }
.nightMode .prompt, .night_mode .prompt, .card.nightMode .prompt, .card.night_mode .prompt { color: #b8b8b8; }
.nl { font-size: 44px; font-weight: bold; margin: 10px 0; }
.article { color: #1556b0; font-weight: normal; }
.nightMode .article, .night_mode .article, .card.nightMode .article, .card.night_mode .article { color: #8ab8ff; }
.meaning { font-size: 38px; margin: 10px 0; }
.situation { font-size: 30px; margin: 12px 0; }
.full-form, .plural { font-size: 22px; color: #444; }
.nightMode .full-form, .night_mode .full-form, .nightMode .plural, .night_mode .plural { color: #ccc; }
.example, .example-translation { font-size: 24px; margin-top: 14px; }
.example-translation { color: #444; }
.nightMode .example-translation, .night_mode .example-translation { color: #ccc; }
.picture img { max-width: 92%; max-height: 42vh; border-radius: 8px; }
.emoji { font-size: 96px; line-height: 1.2; }
.safety {
  display: inline-block; background: #ffd400; color: #000; font-weight: bold;
  border: 3px solid #000; border-radius: 8px; padding: 2px 14px; margin-bottom: 10px;
}
.unchecked { font-size: 17px; color: #8a4b00; margin-top: 4px; }
.nightMode .unchecked, .night_mode .unchecked, .card.nightMode .unchecked, .card.night_mode .unchecked {
  color: #ffc27a;
}
.big-audio { font-size: 48px; }
/* Scripts: Ge'ez for Tigrinya, Arabic script for Arabic and Farsi (right to left via dir=). */
[lang="ti"], [lang="am"] {
  font-family: "Noto Sans Ethiopic", "Abyssinica SIL", "Nyala", "Kefa", "Ebrima", sans-serif;
}
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Tahoma", sans-serif; }
[lang="fa"] { font-family: "Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "Tahoma", sans-serif; }
[lang="ar"].meaning, [lang="fa"].meaning { font-size: 42px; }
[dir="rtl"] { direction: rtl; unicode-bidi: isolate; }
"""
