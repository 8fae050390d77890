#!/usr/bin/env python3
"""Writes the committed fuzzing seeds and dictionaries (fuzz/seeds/, fuzz/dict/).

The repository's own documents (examples/*.txt, tests/fixtures/**/*.txt, ../shared/seeds/*.txt)
are added by scripts/fuzz.sh at run time and are not copied here; these seeds add what those
lack: the config flags byte, Markdown, CRLF and decomposed (NFD) text, .docx files and bare
document.xml files, vanban.toml files. Run: python3 fuzz/make_seeds.py
"""
import io
import os
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "fuzz", "seeds")
DICT = os.path.join(ROOT, "fuzz", "dict")

SHORT = """ỦY BAN NHÂN DÂN
TỈNH TRÀ VINH
Số: 09 /KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Trà Vinh, ngày 31 tháng 4 năm 2022

KẾ HOẠCH
Thực hiện chuyển đôi số năm 2022

Căn cứ Chỉ thị số 04-CT/TW ngày 06/7/2011 của Bộ Chính trị;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ.
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
1.1 Tổ chức  đúng hạn , “trích dẫn.
a) Tết Ât Tỵ (
II. NHIỆM VỤ
Nơi nhận:
- Như trên;
- Lưu: VT, VP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""

PARTY = """ĐẢNG BỘ TỈNH TRÀ VINH
TỈNH ỦY
*
Số 48-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Trà Vinh, ngày 27 tháng 01 năm 2022
KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW
-----
I- MỤC ĐÍCH, YÊU CẦU
Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
"""

MTTQ = """ỦY BAN MTTQ VIỆT NAM
TỈNH TRÀ VINH
BAN THƯỜNG TRỰC
Số: 12/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 29 tháng 02 năm 2023
KẾ HOẠCH
Kỷ niệm ngày thành lập
Nơi nhận:
- BPT;
- Lưu VP.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
"""

MARKDOWN = """**ỦY BAN NHÂN DÂN**
## KẾ HOẠCH
*Số: 09/KH-UBND*
[bookmark: _GoBack]
$\\frac{1}{2}$ và ![ảnh](a.png) | bảng | cột |
|---|---|
# I. MỤC ĐÍCH
- Lưu VP.
"""


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def flags(profile, draft=False, markdown=False, english=False):
    """The flags byte the text targets read (fuzz/fuzz_targets/common.rs)."""
    b = 0x80 | profile | (4 if draft else 0) | (8 if markdown else 0) | (16 if english else 0)
    return bytes([b])


def text_seeds():
    d = os.path.join(SEEDS, "text")
    write(os.path.join(d, "short.txt"), SHORT)
    write(os.path.join(d, "short-nd30-draft-en.bin"), flags(1, draft=True, english=True) + SHORT.encode())
    write(os.path.join(d, "short-crlf.txt"), SHORT.replace("\n", "\r\n"))
    write(os.path.join(d, "short-cr.txt"), SHORT.replace("\n", "\r"))
    write(os.path.join(d, "short-nfd.txt"), unicodedata.normalize("NFD", SHORT))
    write(os.path.join(d, "party.bin"), flags(3) + PARTY.encode())
    write(os.path.join(d, "mttq.bin"), flags(2) + MTTQ.encode())
    write(os.path.join(d, "markdown.bin"), flags(0, markdown=True) + MARKDOWN.encode())
    write(os.path.join(d, "odd.txt"), "😀\u00a0\t\u200b\ufeffSố:\r\n\x00–—…“”‘’\ufffd e\u0301 Ủy ban\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(s):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(s)


def document_xml(body):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:body>%s</w:body></w:document>" % body
    )


def docx(xml, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


LAYOUT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>'
    '<w:p><w:pPr><w:pStyle w:val="Title"/><w:rPr><w:sz w:val="40"/></w:rPr></w:pPr><w:r><w:rPr>'
    '<w:rFonts w:ascii="Times New Roman" w:asciiTheme="minorHAnsi"/><w:sz w:val="26"/></w:rPr>'
    "<w:t>CỘNG HÒA</w:t></w:r></w:p>"
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" '
    'w:left="1701" w:right="1134"/></w:sectPr></w:body>'
    '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/>'
    '<w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:rPr>'
    '<w:rFonts w:ascii="Arial"/></w:rPr></w:style></w:styles>'
    '<a:theme><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont>'
    '<a:latin typeface="Calibri"/></a:minorFont></a:theme></w:document>'
)


def docx_seeds():
    d = os.path.join(SEEDS, "docx")
    lines = SHORT.splitlines()
    # the header as Word lays it out: a two-column table
    table = "<w:tbl>%s</w:tbl>" % "".join(
        "<w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>" % (p(a), p(b))
        for a, b in [(lines[0], lines[3]), (lines[1], lines[4]), (lines[2], lines[5])]
    )
    plain = document_xml(table + "".join(p(l) for l in lines[6:]))
    tricky = document_xml(
        p("KẾ HOẠCH")
        + "<w:p><w:r><w:t>Giữ </w:t></w:r><w:del><w:r><w:delText>xóa </w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>thêm</w:t></w:r></w:ins><w:r><w:tab/><w:t>A &amp; B &#x1EA6; &#7842;</w:t>"
        "<w:br/><w:cr/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText> PAGE </w:instrText>"
        "<w:fldChar w:fldCharType=\"end\"/></w:r><w:moveFrom><w:r><w:t>cũ</w:t></w:r></w:moveFrom></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>%s</w:txbxContent>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>%s</w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>" % (p("Nơi nhận:"), p("Nơi nhận:"))
    )
    write(os.path.join(d, "header-table.docx"), docx(plain))
    write(os.path.join(d, "tracked-fields-textbox.docx"), docx(tricky, zipfile.ZIP_STORED))
    # bare document.xml: the target wraps it in a zip (the XML walk without the zip's CRC)
    write(os.path.join(d, "header-table.xml"), plain)
    write(os.path.join(d, "tracked-fields-textbox.xml"), tricky)
    write(os.path.join(d, "cut-short.xml"), plain[: len(plain) // 2])
    # layout: the same bytes serve as document.xml, styles.xml and theme1.xml in wrapped mode
    write(os.path.join(d, "layout.xml"), LAYOUT)
    # a whole example document, one paragraph per line, compressed as Word does
    with open(os.path.join(ROOT, "examples", "ke-hoach-co-loi.txt"), encoding="utf-8") as f:
        example = f.read().splitlines()
    write(os.path.join(d, "ke-hoach-co-loi.docx"), docx(document_xml("".join(p(l) for l in example))))


def config_seeds():
    d = os.path.join(SEEDS, "config")
    write(os.path.join(d, "empty.toml"), "")
    write(
        os.path.join(d, "full.toml"),
        """profile = "mttq"
draft = false
lang = "en"
exclude = ["drafts/**", "README.md"]

[rules]
"text/spacing" = "off"
"citation" = "warning"
number = "error"

[recipients.aliases]
"BPT" = "Ban Phong trào"

[lexicon]
words = ["chuyển đổi số", "chính quyền số"]

[[citations]]
type = "Kế hoạch"
number = "48-KH/TU"
date = "27/01/2022"
issuer = "Tỉnh ủy"

[[citations]]
type = "Chỉ thị"
number = "04-CT/TW"
""",
    )
    write(os.path.join(d, "bad-rule.toml"), '[rules]\n"nope/nothing" = "off"\n')
    write(os.path.join(d, "bad-level.toml"), '[rules]\ntext = "loud"\n')
    write(os.path.join(d, "bad-date.toml"), '[[citations]]\ntype = "Kế hoạch"\nnumber = "1/KH"\ndate = "31/02/2022"\n')
    write(os.path.join(d, "inline.toml"), 'profile = "party"\nrules = { "text" = "info" }\nlexicon.words = []\n')


def dict_entry(s):
    # libFuzzer dictionaries take printable ASCII only: escape everything else as \xNN
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if 0x20 <= b < 0x7F and c not in '"\\':
            out.append(c)
        else:
            out.append("\\x%02X" % b)
    return '"%s"' % "".join(out)


def dicts():
    text = [
        "Số: ", "Số ", "/KH-UBND", "/QĐ-UBND", "-KH/TU", "-NQ/TW", "/2020/NĐ-CP", "/KH-MTTQ-BTT",
        "ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", "TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "Độc lập - Tự do - Hạnh phúc",
        ", ngày ", " tháng ", " năm ", "ngày 31/4/2022", "KẾ HOẠCH", "BÁO CÁO", "HƯỚNG DẪN",
        "THÔNG BÁO", "QUYẾT ĐỊNH", "Căn cứ ", "Nghị quyết số ", "Chỉ thị số ", "Kế hoạch số ",
        " của ", "Nơi nhận:", "- Lưu: VT", "- Như trên;", "KT. CHỦ TỊCH", "TM. ", "T/M ", "Q. ",
        "PHÓ CHỦ TỊCH", "BÍ THƯ", "I. ", "II. ", "1.1 ", "a) ", "- ", "* ", "“", "”", "–", "—",
        "…", "(", ")", ";", ".", ",", "\n", "\r\n", "\r", "\t", "  ", "\u00a0", "\u200b", "\ufeff",
        "e\u0301", "giai đoạn", "nhiệm kỳ", "[bookmark: ", "**", "##", "$", "|", "😀",
    ]
    docx_ = [
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">',
        "<w:body>", "</w:body>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:del>", "</w:del>", "<w:ins>",
        "<w:delText>", "<w:instrText>", "<w:moveFrom>", "<mc:Fallback>", "</mc:Fallback>",
        "<w:txbxContent>", "<w:tab/>", "<w:br/>", "<w:cr/>", "&amp;", "&lt;", "&#x", "&#",
        "<![CDATA[", "]]>", "<!--", "-->", "<?xml ", "?>", "<!DOCTYPE", "word/document.xml", "PK\x03\x04",
        "PK\x01\x02", "PK\x05\x06",
        # styles.xml, theme1.xml and section properties: what the layout rules read
        "<w:styles>", "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">", "<w:basedOn w:val=\"",
        "<w:pStyle w:val=\"", "<w:rStyle w:val=\"", "<w:docDefaults>", "<w:rPrDefault>", "<w:rPr>",
        "<w:pPr>", "<w:rFonts w:ascii=\"Times New Roman\"", " w:asciiTheme=\"minorHAnsi\"",
        "<w:sz w:val=\"28\"/>", "<w:szCs w:val=\"", "<a:theme>", "<a:majorFont>", "<a:minorFont>",
        "<a:latin typeface=\"Calibri\"/>", "<w:sectPr>", "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        "<w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:right=\"1134\"/>",
    ]
    config = [
        "profile", "draft", "lang", "exclude", "markdown", "[rules]", "[recipients.aliases]",
        "[lexicon]", "words", "[[citations]]", "type", "number", "date", "issuer", '"auto"',
        '"nd30"', '"mttq"', '"party"', '"vi"', '"en"', '"off"', '"info"', '"warning"', '"error"',
        '"text/spacing"', '"citation"', "true", "false", " = ", "\n", "[", "]", "{", "}", '"""',
        "'''", "29/02/2024", "31/12/9999",
    ]
    for name, entries in [("text", text), ("docx", docx_), ("config", config)]:
        write(os.path.join(DICT, name + ".dict"), "".join(dict_entry(e) + "\n" for e in entries))


if __name__ == "__main__":
    text_seeds()
    docx_seeds()
    config_seeds()
    dicts()
