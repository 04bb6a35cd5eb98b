"""The offline voice: libespeak-ng from the ``espeakng-loader`` wheel, driven in-process.

No system package and no process per word: the library synthesizes into a callback that
collects 16-bit PCM, and ``lameenc`` encodes it to MP3. libespeak-ng keeps global state, so
one lock serializes synthesis within the process.
"""

from __future__ import annotations

import ctypes
import threading

import lameenc

from vaktaal.audio.failures import SpeechFailed
from vaktaal.audio.voices import DUTCH_VOICES, ESPEAK
from vaktaal.i18n import _

NAME = ESPEAK
VOICE = DUTCH_VOICES[ESPEAK]
#: Words per minute: espeak-ng's default (175) is fast for A1 learners.
RATE = {"normal": 150, "slow": 110}

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000   # return an error instead of calling exit()
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_PARAM_RATE = 1
_MP3_KBITS = 48
_TAIL_SECONDS = 0.15

_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                                  ctypes.c_void_p)


class _Espeak:
    """The loaded library with Dutch selected."""

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self.sample_rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                                 espeakng_loader.get_data_path().encode(),
                                                 _INITIALIZE_DONT_EXIT)
        if self.sample_rate <= 0:
            raise OSError(_("espeak-ng could not initialize (its voice data is missing)"))
        self._chunks: list[bytes] = []
        # Kept on the instance: ctypes must not free the callback while the library holds it.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        if lib.espeak_SetVoiceByName(VOICE.encode()) != 0:
            raise OSError(_("espeak-ng has no Dutch voice"))
        self.lib = lib
        self._rate: int | None = None
        self._voice = VOICE

    def use_voice(self, name: str) -> None:
        if name != self._voice:
            if self.lib.espeak_SetVoiceByName(name.encode()) != 0:
                raise SpeechFailed(_("espeak-ng has no voice '{voice}'").format(voice=name))
            self._voice = name
            self._rate = None  # a new voice starts at its own default rate

    def _collect(self, wav, samples, _events):  # noqa: ANN001, ANN202 - C callback
        if wav and samples > 0:
            self._chunks.append(ctypes.string_at(wav, samples * 2))
        return 0

    def pcm(self, text: str, rate: int) -> bytes:
        if rate != self._rate:
            self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
            self._rate = rate
        self._chunks = []
        data = text.encode("utf-8")
        status = self.lib.espeak_Synth(data, len(data) + 1, 0, 0, 0, _CHARS_UTF8 | _ENDPAUSE, None, None)
        if status != 0:
            raise SpeechFailed(_("espeak-ng could not read the text (status {status})").format(status=status))
        return b"".join(self._chunks)

    def phonemes(self, text: str) -> str:
        """IPA phonemes espeak-ng would say (used to check what normalization does)."""
        pointer = ctypes.c_char_p(text.encode("utf-8"))
        parts = []
        while pointer.value:
            parts.append(self.lib.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, 2).decode())
        return " ".join(parts)


_lock = threading.Lock()
_espeak: _Espeak | None = None
_load_error: str | None = None


def _library() -> _Espeak:
    global _espeak, _load_error
    if _espeak is None:
        if _load_error is None:
            try:
                _espeak = _Espeak()
            except (OSError, ImportError, AttributeError) as exc:
                _load_error = str(exc)
        if _espeak is None:
            # Worded each time: the interface language may differ from the first attempt's.
            raise SpeechFailed(_("the offline voice (espeak-ng) could not start: {reason}").format(
                reason=_load_error)) from None
    return _espeak


def synthesize(spoken: str, *, slow: bool = False, voice: str = VOICE) -> bytes:
    """MP3 of ``spoken`` in espeak-ng's voice ``voice`` (default Dutch)."""
    with _lock:
        espeak = _library()
        espeak.use_voice(voice)
        pcm = espeak.pcm(spoken, RATE["slow" if slow else "normal"])
        sample_rate = espeak.sample_rate
    # espeak-ng ends with ~0.4 s of exact silence; a short tail is enough for players not to
    # clip the last sound, and less audio makes encoding (the slow part) faster.
    pcm = pcm.rstrip(b"\0")
    if not pcm:
        raise SpeechFailed(_("espeak-ng produced no sound for this text"))
    pcm += b"\0" * (len(pcm) % 2 + 2 * int(sample_rate * _TAIL_SECONDS))
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(_MP3_KBITS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fastest; speech at 48 kbit/s does not gain from slower modes
    return bytes(encoder.encode(pcm) + encoder.flush())


def phonemes(spoken: str, voice: str = VOICE) -> str:
    with _lock:
        espeak = _library()
        espeak.use_voice(voice)
        return espeak.phonemes(spoken)
