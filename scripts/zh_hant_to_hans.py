"""Derive the Simplified Chinese (zh-Hans) catalog, pages and glossary from the Traditional (zh-Hant) ones.

OpenCC's tw2sp converts the script and Taiwan phrases to mainland ones (裝置→设备,
列印→打印, 檔案→文件, 資訊→信息); REGIONAL then fixes the words it misses or that
the Judicial Council/Alameda court use differently in the two scripts (法院書記官 /
法院书记员). It needs opencc==1.4.2, which is not a site dependency:
`pip install --target DIR opencc==1.4.2`, then
`PYTHONPATH=DIR .venv/bin/python scripts/zh_hant_to_hans.py`.
The output is reviewed by hand afterwards; re-running overwrites zh-Hans files.
"""
import csv
import io
import sys
from pathlib import Path

import opencc
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
CONVERT = opencc.OpenCC("tw2sp")

# Applied in order after OpenCC, on Simplified text.
REGIONAL = [
    ("书记官", "书记员"),
    ("浏览器分页", "浏览器标签页"),
    ("分页", "标签页"),
    ("帐号", "账号"),
    ("资料夹", "文件夹"),
    ("连结", "链接"),
    ("点链接", "点击链接"),
    ("造访", "访问"),
    ("登入", "登录"),
    ("字元", "字符"),
    ("JSON 物件", "JSON 对象"),
    ("重新载入", "刷新"),
    ("载入", "加载"),
    ("Word 档", "Word 文件"),
    ("文字档", "文本文件"),
    ("键盘侧录程序", "键盘记录程序"),
    ("萤幕", "屏幕"),
    ("录影", "录像"),
    ("扩充功能", "扩展程序"),
    ("身分", "身份"),
    ("私密窗口", "无痕（隐私）窗口"),
    ("网路", "网络"),
    ("程式", "程序"),
    ("预设", "默认"),
    ("台湾的法律", "台湾地区的法律"),
    ("文档", "文件"),
    ("志工", "志愿者"),
    ("拷贝", "复制"),
    ("「", "“"),
    ("」", "”"),
]


def hans(text):
    out = CONVERT.convert(text)
    for old, new in REGIONAL:
        out = out.replace(old, new)
    return out


def catalog():
    src = ROOT / "locales/zh_Hant/LC_MESSAGES/messages.po"
    dst = ROOT / "locales/zh_Hans/LC_MESSAGES/messages.po"
    with src.open("rb") as handle:
        cat = read_po(handle, locale="zh_Hans")
    for message in cat:
        if message.id:
            message.string = hans(message.string)
    cat.locale = "zh_Hans"
    cat.language_team = "zh_Hans"
    dst.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, cat, width=76, sort_output=True)
    text = buffer.getvalue().decode("utf-8")
    text = text.replace("# Chinese (Traditional) translations", "# Chinese (Simplified) translations", 1)
    text = text.replace('"Language: zh_Hant\\n"', '"Language: zh_Hans\\n"')
    dst.write_text(text, encoding="utf-8")


def glossary():
    src = ROOT / "locales/zh_Hant/glossary.csv"
    dst = ROOT / "locales/zh_Hans/glossary.csv"
    rows = list(csv.DictReader(src.open(encoding="utf-8")))
    with dst.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["term", "translation", "match", "source"])
        writer.writeheader()
        for row in rows:
            row["translation"] = hans(row["translation"])
            row["match"] = hans(row["match"])
            # the source column quotes the sources as written: left unconverted
            writer.writerow(row)


def pages():
    for page in sorted((ROOT / "site").rglob("*.zh-Hant.md")):
        target = page.with_name(page.name.replace(".zh-Hant.md", ".zh-Hans.md"))
        target.write_text(hans(page.read_text(encoding="utf-8")), encoding="utf-8")
        print(target.relative_to(ROOT))


if __name__ == "__main__":
    catalog()
    glossary()
    pages()
    sys.exit(0)
