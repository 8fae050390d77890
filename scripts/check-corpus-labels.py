#!/usr/bin/env python3
"""Checks tests/corpus/*/labels.toml against the documents, without running vanban:
every variant file exists and differs from clean.txt, every defect's `text` is on its `line`,
families are known, `lines` ranges are inside the file. Exit 1 on the first class of problem."""
import pathlib, sys, tomllib

FAMILIES = {"header", "number", "date", "structure", "recipients", "signature", "citation", "text"}
PROFILES = {"nd30", "mttq", "party", "mass"}
root = pathlib.Path(__file__).resolve().parent.parent / "tests" / "corpus"
dirs = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(p for p in root.iterdir() if p.is_dir())
problems = []
for d in dirs:
    lab = d / "labels.toml"
    if not lab.exists():
        problems.append(f"{d}: no labels.toml"); continue
    try:
        meta = tomllib.loads(lab.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{lab}: {e}"); continue
    for key in ("issuer", "type", "profile"):
        if key not in meta:
            problems.append(f"{lab}: missing `{key}`")
    if meta.get("profile") not in PROFILES:
        problems.append(f"{lab}: profile must be one of {sorted(PROFILES)}")
    clean = d / "clean.txt"
    if not clean.exists():
        problems.append(f"{d}: no clean.txt"); continue
    clean_text = clean.read_text(encoding="utf-8")
    variants = meta.get("variant", [])
    if len(variants) < 4:
        problems.append(f"{lab}: {len(variants)} variants, at least 4 needed")
    for v in variants:
        f = d / v.get("file", "?")
        if not f.exists():
            problems.append(f"{lab}: {f.name} does not exist"); continue
        text = f.read_text(encoding="utf-8")
        if text == clean_text:
            problems.append(f"{f}: identical to clean.txt")
        lines = text.split("\n")
        defects = v.get("defect", [])
        if not defects:
            problems.append(f"{f}: no defect labelled")
        for x in defects:
            fam = x.get("family")
            if fam not in FAMILIES:
                problems.append(f"{f}: unknown family {fam!r}")
            if "what" not in x:
                problems.append(f"{f}: a defect without `what`")
            if "line" in x:
                n = x["line"]
                if not (1 <= n <= len(lines)):
                    problems.append(f"{f}: line {n} is outside the file ({len(lines)} lines)"); continue
                t = x.get("text")
                if t is None:
                    problems.append(f"{f}:{n}: `line` needs `text` (use `lines` for a missing part)")
                elif t not in lines[n - 1]:
                    problems.append(f"{f}:{n}: {t!r} is not on this line: {lines[n-1]!r}")
            elif "lines" in x:
                a, b = x["lines"]
                if not (1 <= a <= b <= len(lines) + 1):
                    problems.append(f"{f}: lines {a}-{b} outside the file ({len(lines)} lines)")
            else:
                problems.append(f"{f}: a defect needs `line` + `text` or `lines`")
for p in problems:
    print(p)
print(f"{len(dirs)} documents checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
