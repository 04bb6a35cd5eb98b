"""The five card templates and the styling, in Anki's template language (no JavaScript).

Each template is wrapped in a switch field (``{{#Herkennen}}`` …) that vaktaal fills with "1" or
leaves empty: Anki makes a card only when the front has content, so the recipe decides which
cards exist without ever changing the note type.

``Reader`` is "1" for learners who read (profile lezer). For the others (profile alfa) a front
holds nothing that has to be read: a picture and a sound, and pictograms instead of prompts.
"""

from __future__ import annotations

# Picture first, emoji when there is no picture: for low-literate learners the image carries it.
_PICTURE = ('{{#Picture}}<div class="picture">{{Picture}}</div>{{/Picture}}'
            '{{^Picture}}{{#Emoji}}<div class="emoji">{{Emoji}}</div>{{/Emoji}}{{/Picture}}')
# ⚠ is the danger sign a worker knows; readers also get the word.
_SAFETY = '{{#Safety}}<div class="safety">⚠{{#Reader}} veiligheid{{/Reader}}</div>{{/Safety}}'
_DUTCH = ('<div class="nl" lang="nl">{{#Article}}<span class="article">{{Article}}</span> {{/Article}}'
          '{{Word}}</div>')
_WORD_SOUND = '<div class="audio word-audio">{{WordAudio}}</div>'
_BIG_WORD_SOUND = '<div class="audio word-audio big-audio">{{WordAudio}}</div>'
# The translation's sound is machine speech unless a person recorded it: the robot says so.
_MEANING = ('{{#Translation}}<div class="meaning" lang="{{Language}}" dir="{{Direction}}">{{Translation}}'
            '</div>{{/Translation}}'
            '{{#TranslationAudio}}<div class="audio translation-audio">{{TranslationAudio}}</div>'
            '{{/TranslationAudio}}'
            '{{#TranslationStatus}}<div class="unchecked">{{TranslationStatus}}</div>{{/TranslationStatus}}')
_DETAILS = ('{{#FullForm}}<div class="full-form" lang="nl">{{FullForm}}</div>{{/FullForm}}'
            '{{#Reader}}{{#Plural}}<div class="plural" lang="nl">meervoud: {{Plural}}</div>{{/Plural}}{{/Reader}}')
# Readers see the example sentence and its translation; alfa learners hear it. The sentence's
# button sits in a speech balloon, so it never looks like the word's button.
_SENTENCE_SOUND = '{{#ExampleAudio}}<div class="audio sentence-audio">{{ExampleAudio}}</div>{{/ExampleAudio}}'
_EXAMPLE = ('{{#Reader}}{{#Example}}<div class="example" lang="nl">{{Example}}</div>{{/Example}}{{/Reader}}'
            + _SENTENCE_SOUND +
            '{{#Reader}}{{#ExampleTranslation}}<div class="example-translation" lang="{{Language}}" '
            'dir="{{Direction}}">{{ExampleTranslation}}</div>{{/ExampleTranslation}}{{/Reader}}')
_ANSWER_LINE = '<hr id="answer">'


def _prompt(text: str, icon: str) -> str:
    """A question for readers; a pictogram for learners who cannot read."""
    return (f'<div class="prompt">{{{{#Reader}}}}{text}{{{{/Reader}}}}'
            f'{{{{^Reader}}}}<span class="icon" aria-hidden="true">{icon}</span>{{{{/Reader}}}}</div>')


TEMPLATES: tuple[dict[str, str], ...] = (
    {
        "name": "Herkennen",
        "qfmt": ('{{#Herkennen}}' + _prompt("Wat betekent dit?", "👀") + _SAFETY + _PICTURE + _DUTCH
                 + _WORD_SOUND + '{{/Herkennen}}'),
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _MEANING + _DETAILS + _EXAMPLE,
    },
    {
        "name": "Zeggen",
        "qfmt": ('{{#Zeggen}}' + _prompt("Hoe zeg je dit in het Nederlands?", "🗣️") + _SAFETY + _PICTURE
                 + '{{#Reader}}' + _MEANING + '{{/Reader}}'
                 + '{{^Reader}}{{#TranslationAudio}}<div class="audio translation-audio big-audio">'
                   '{{TranslationAudio}}</div>{{/TranslationAudio}}{{/Reader}}{{/Zeggen}}'),
        "afmt": ('{{FrontSide}}' + _ANSWER_LINE + _DUTCH + _WORD_SOUND + '{{^Reader}}' + _MEANING + '{{/Reader}}'
                 + _DETAILS + _EXAMPLE),
    },
    {
        "name": "Luisteren",
        "qfmt": ('{{#Luisteren}}' + _prompt("Luister. Welk woord is dit?", "👂") + _BIG_WORD_SOUND
                 + '{{/Luisteren}}'),
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _SAFETY + _PICTURE + _DUTCH + _MEANING + _DETAILS + _EXAMPLE,
    },
    {
        "name": "Zin",
        "qfmt": ('{{#Zin}}' + _prompt("Wat zeg je?", "💬") + _PICTURE
                 + '{{#Reader}}<div class="situation" lang="nl">{{Situation}}</div>{{/Reader}}'
                 + '{{#SituationAudio}}<div class="audio situation-audio big-audio">{{SituationAudio}}</div>'
                   '{{/SituationAudio}}{{/Zin}}'),
        "afmt": ('{{FrontSide}}' + _ANSWER_LINE + _DUTCH + _WORD_SOUND + '{{^Reader}}<div class="situation" '
                 'lang="nl">{{Situation}}</div>{{/Reader}}' + _MEANING + _EXAMPLE),
    },
    {
        # For learners who cannot read: what they see and hear on the front is the word.
        "name": "Kijken",
        "qfmt": '{{#Kijken}}' + _prompt("Wat is dit?", "👀") + _SAFETY + _PICTURE + _BIG_WORD_SOUND + '{{/Kijken}}',
        "afmt": '{{FrontSide}}' + _ANSWER_LINE + _DUTCH + _MEANING + _DETAILS + _EXAMPLE,
    },
)

# Anki draws a [sound:] tag as <a class="replay-button soundLink"><svg class="playImage">; the
# buttons are made at least 64 px (a thumb on a phone), the sentence's sits in a speech balloon,
# a machine voice's translation carries a robot (note_content puts it in the field).
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
.prompt .icon { font-size: 40px; }
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
.picture img { width: min(62vw, 300px); height: auto; max-height: 40vh; object-fit: contain; border-radius: 8px; }
.emoji { font-size: 96px; line-height: 1.2; }
.safety {
  display: inline-block; background: #ffd400; color: #000; font-weight: bold;
  border: 3px solid #000; border-radius: 8px; padding: 2px 14px; margin-bottom: 10px;
}
.unchecked { font-size: 14px; color: #6b6b6b; margin-top: 2px; }
.nightMode .unchecked, .night_mode .unchecked, .card.nightMode .unchecked, .card.night_mode .unchecked {
  color: #a8a8a8;
}
.audio { margin: 8px 0; }
.audio .replay-button svg, .audio .soundLink svg { width: 64px; height: 64px; }
.big-audio .replay-button svg, .big-audio .soundLink svg { width: 96px; height: 96px; }
.sentence-audio {
  display: inline-block; position: relative; padding: 6px 14px; border-radius: 22px;
  background: #e3f0ff; border: 3px solid #1556b0;
}
.sentence-audio::after {
  content: ""; position: absolute; left: 22px; bottom: -14px;
  border-width: 14px 10px 0 10px; border-style: solid; border-color: #1556b0 transparent transparent transparent;
}
.sentence-audio .replay-button svg circle, .sentence-audio .playImage circle { fill: #1556b0; }
.translation-audio { display: flex; align-items: center; justify-content: center; gap: 8px; }
.machine { font-size: 30px; }
.nightMode .sentence-audio, .night_mode .sentence-audio { background: #1d2f47; }
/* Scripts: Ge'ez for Tigrinya, Arabic script for Arabic and Farsi (right to left via dir=). */
[lang="ti"], [lang="am"] {
  font-family: "Noto Sans Ethiopic", "Abyssinica SIL", "Nyala", "Kefa", "Ebrima", sans-serif;
}
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Tahoma", sans-serif; }
[lang="fa"] { font-family: "Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "Tahoma", sans-serif; }
[lang="ar"].meaning, [lang="fa"].meaning { font-size: 42px; }
[dir="rtl"] { direction: rtl; unicode-bidi: isolate; }
"""
