"""SVG pictures made safe before they leave the project (into a deck, a pack, a PDF).

An SVG is a document, not just a picture: it can point at other files (``<image
href="file:///etc/passwd">``, ``url(http://…)`` in a style, ``<use href="other.svg#x">``), run
scripts (``<script>``, ``onload=``) and hold HTML (``<foreignObject>``). A renderer such as
WeasyPrint follows those references. So a picture is parsed with defusedxml (no entity tricks, no
external DTD) and rebuilt from an allowlist: SVG drawing elements and attributes only; references
only to the picture's own parts (``#id``) or to an embedded raster image (``data:image/png``…);
CSS without ``@import`` or outside ``url()``. What is left out because it could reach outside or
run is listed in :attr:`CleanSvg.removed`; editor metadata (Inkscape, Illustrator, RDF) is left out
silently.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

import tinycss2
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from vaktaal.i18n import _

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
#: Bigger than any drawing of a word; the bundled library's largest is under 100 kB.
MAX_SVG_BYTES = 5 * 1024 * 1024
MAX_ELEMENTS = 100_000
MAX_DEPTH = 100


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


ELEMENTS = _names("""
    svg g defs symbol use title desc switch a view style
    path rect circle ellipse line polyline polygon text tspan textPath image
    linearGradient radialGradient stop pattern clipPath mask marker filter
    feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
    feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
    feSpotLight feTile feTurbulence
""")
#: Dropped without a word: they describe the file and draw nothing.
QUIET_ELEMENTS = frozenset({"metadata"})
ATTRIBUTES = _names("""
    id class style transform viewBox preserveAspectRatio version width height x y x1 y1 x2 y2 cx cy r rx ry
    fx fy fr d points pathLength dx dy rotate textLength lengthAdjust startOffset method spacing side
    offset gradientUnits gradientTransform spreadMethod patternUnits patternContentUnits patternTransform
    clipPathUnits maskUnits maskContentUnits markerUnits markerWidth markerHeight refX refY orient
    filterUnits primitiveUnits in in2 result mode type values operator k1 k2 k3 k4 stdDeviation edgeMode
    order kernelMatrix divisor bias targetX targetY preserveAlpha surfaceScale diffuseConstant
    specularConstant specularExponent kernelUnitLength scale xChannelSelector yChannelSelector azimuth
    elevation z pointsAtX pointsAtY pointsAtZ limitingConeAngle baseFrequency numOctaves seed stitchTiles
    radius tableValues slope intercept amplitude exponent requiredFeatures systemLanguage
    fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit
    stroke-dasharray stroke-dashoffset stroke-opacity opacity color display visibility overflow clip
    clip-path clip-rule mask filter marker-start marker-mid marker-end stop-color stop-opacity
    flood-color flood-opacity lighting-color color-interpolation color-interpolation-filters
    color-rendering shape-rendering image-rendering text-rendering paint-order vector-effect
    font font-family font-size font-size-adjust font-stretch font-style font-variant font-weight
    text-anchor text-decoration letter-spacing word-spacing writing-mode direction unicode-bidi
    dominant-baseline alignment-baseline baseline-shift enable-background mix-blend-mode isolation
    transform-origin space
""")
#: Elements whose reference to another part of the picture (``href="#id"``) is kept.
LOCAL_REFERENCE_ELEMENTS = frozenset({"use", "linearGradient", "radialGradient", "pattern", "textPath", "filter"})
_RASTER = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF87a": "image/gif",
           b"GIF89a": "image/gif"}
_CSS_URL_FUNCTIONS = frozenset({"url", "src", "image", "image-set", "-webkit-image-set", "cross-fade", "element"})
_CSS_REFUSED_PROPERTIES = frozenset({"behavior", "-moz-binding"})
_LOCAL_REF = re.compile(r"#[^\s\"'()]*")


class SvgError(ValueError):
    """The data cannot be read as an SVG picture (not XML, not SVG, too big, entity tricks)."""


@dataclass(frozen=True)
class CleanSvg:
    data: bytes
    #: What was left out because it reached outside the picture or could run: element and
    #: attribute names (``script``, ``onload``, ``image href=file:///etc/passwd``).
    removed: tuple[str, ...]


def clean_svg(data: bytes) -> CleanSvg:
    """The picture rebuilt from the allowlist; raises :class:`SvgError` when it is no SVG."""
    if len(data) > MAX_SVG_BYTES:
        raise SvgError(_("it is larger than {size} MB").format(size=MAX_SVG_BYTES // (1024 * 1024)))
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise SvgError(_("it declares XML entities or refers to other files")) from None
    except SyntaxError as exc:  # ParseError
        raise SvgError(_("it is not valid XML: {reason}").format(reason=exc)) from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise SvgError(_("it is not an SVG drawing"))
    cleaner = _Cleaner()
    out = cleaner.element(root, 0) or "<svg/>"  # the root is an allowed element: never empty
    namespaces = f' xmlns="{SVG_NS}"' + (f' xmlns:xlink="{XLINK_NS}"' if cleaner.uses_xlink else "")
    text = out.replace("<svg", "<svg" + namespaces, 1)
    return CleanSvg(text.encode("utf-8"), tuple(dict.fromkeys(cleaner.removed)))


def svg_hazards(data: bytes) -> tuple[str, ...]:
    """What :func:`clean_svg` would leave out because it reaches outside or could run."""
    return clean_svg(data).removed


class _Cleaner:
    def __init__(self) -> None:
        self.removed: list[str] = []
        self.count = 0
        self.uses_xlink = False

    def element(self, node: Element, depth: int) -> str | None:
        self.count += 1
        if self.count > MAX_ELEMENTS or depth > MAX_DEPTH:
            raise SvgError(_("it has too many parts or too many levels"))
        namespace, _sep, name = node.tag[1:].partition("}") if node.tag.startswith("{") else ("", "", node.tag)
        if namespace != SVG_NS:
            if namespace == "" or "xhtml" in namespace or "html" in namespace:
                self.removed.append(name)
            return None  # editor metadata (Inkscape, Illustrator, RDF): draws nothing
        if name not in ELEMENTS:
            if name not in QUIET_ELEMENTS:
                self.removed.append(name)
            return None
        attributes = self.attributes(name, node)
        if name in ("image", "use") and " href=" not in attributes and " xlink:href=" not in attributes:
            return None  # its source was left out: it would draw nothing (and trips some renderers)
        body = []
        if node.text:
            text = self.stylesheet(node.text) if name == "style" else node.text
            body.append(_escape_text(text))
        for child in node:
            kept = self.element(child, depth + 1)
            if kept is not None:
                body.append(kept)
            if child.tail:
                body.append(_escape_text(child.tail))
        return f"<{name}{attributes}>{''.join(body)}</{name}>" if body else f"<{name}{attributes}/>"

    def attributes(self, element: str, node: Element) -> str:
        kept = []
        for key, value in node.attrib.items():
            namespace, _sep, name = key[1:].partition("}") if key.startswith("{") else ("", "", key)
            if name == "href" and namespace in ("", XLINK_NS):
                reference = self.reference(element, value)
                if reference is not None:
                    kept.append((f"xlink:{name}" if namespace else name, reference))
                    self.uses_xlink = self.uses_xlink or bool(namespace)
                continue
            if namespace == XML_NS and name in ("space", "lang"):
                kept.append((f"xml:{name}", value))
                continue
            if namespace:
                continue  # editor data (inkscape:label, i:knockout …)
            if name.lower().startswith("on"):
                self.removed.append(name)
                continue
            if name not in ATTRIBUTES:
                continue
            if name == "style":
                value = self.declarations(value)
            elif "(" in value and _css_reaches_outside(tinycss2.parse_component_value_list(value)):
                self.removed.append(f"{name}={value}")
                continue
            kept.append((name, value))
        return "".join(f' {name}="{_escape_attribute(value)}"' for name, value in kept)

    def reference(self, element: str, value: str) -> str | None:
        target = value.strip()
        if _LOCAL_REF.fullmatch(target) and element in LOCAL_REFERENCE_ELEMENTS:
            return target
        if element == "image" and target.lower().startswith("data:"):
            embedded = _raster_data_url(target)
            if embedded is not None:
                return embedded
        if element == "a" and _LOCAL_REF.fullmatch(target):
            return target
        self.removed.append(f"{element} href={value[:80]}")
        return None

    def declarations(self, css: str) -> str:
        kept = []
        for item in tinycss2.parse_blocks_contents(css, skip_whitespace=True, skip_comments=True):
            if item.type != "declaration":
                if item.type != "error":
                    self.removed.append(f"style {tinycss2.serialize([item])[:80]}")
                continue
            if item.lower_name in _CSS_REFUSED_PROPERTIES or _css_reaches_outside(item.value):
                self.removed.append(f"style {item.name}:{tinycss2.serialize(item.value).strip()[:80]}")
                continue
            kept.append(item)
        return ";".join(tinycss2.serialize([d]).rstrip(";") for d in kept)

    def stylesheet(self, css: str) -> str:
        rules = []
        for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
            if rule.type == "qualified-rule":
                body = self.declarations(tinycss2.serialize(rule.content))
                rules.append(f"{tinycss2.serialize(rule.prelude).strip()}{{{body}}}")
            elif rule.type == "at-rule":
                self.removed.append(f"@{rule.at_keyword}")
        return "\n".join(rules)


def _css_reaches_outside(tokens: list) -> bool:
    """A url() (or a function like it) to anything but a part of the picture itself."""
    for token in tokens:
        if token.type == "url":
            if not _LOCAL_REF.fullmatch(token.value.strip()):
                return True
        elif token.type == "function":
            if token.lower_name in _CSS_URL_FUNCTIONS:
                strings = [t.value for t in token.arguments if t.type == "string"]
                if token.lower_name != "url" or len(strings) != 1 or not _LOCAL_REF.fullmatch(strings[0].strip()):
                    return True
            elif _css_reaches_outside(token.arguments):
                return True
        elif token.type in ("() block", "[] block", "{} block") and _css_reaches_outside(token.content):
            return True
    return False


def _raster_data_url(url: str) -> str | None:
    """``data:`` with a PNG, JPEG or GIF inside (told by its bytes, not by what the URL claims),
    rewritten with the right type; None for anything else (an SVG, HTML, text)."""
    header, _sep, payload = url.partition(",")
    if not header.lower().endswith(";base64"):
        return None
    try:
        head = base64.b64decode("".join(payload[:64].split()), validate=False)
    except (binascii.Error, ValueError):
        return None
    for magic, media_type in _RASTER.items():
        if head.startswith(magic):
            return f"data:{media_type};base64,{''.join(payload.split())}"
    return None


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    return (_escape_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))
