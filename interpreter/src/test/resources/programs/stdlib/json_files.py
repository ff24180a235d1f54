# json.dump / json.load with real files and io.StringIO.
import io
import json
import os

data = {"name": "taipan", "tags": ["jvm", "ünïcode"], "nested": {"n": [1, 2.5, None, True]}}
with open("json_files_tmp.json", "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=True)
with open("json_files_tmp.json", encoding="utf-8") as f:
    text = f.read()
print(text)
with open("json_files_tmp.json", encoding="utf-8") as f:
    print(json.load(f) == data)
with open("json_files_tmp.json", "rb") as f:
    print(json.loads(f.read()))
with open("json_files_tmp.json", "w") as f:
    json.dump([1, {"a": "b"}], f)
with open("json_files_tmp.json") as f:
    print(repr(f.read()))
os.remove("json_files_tmp.json")
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, separators=(",", ":"))
print(buf.getvalue())
print(json.load(io.StringIO('{"k": [true, false]}')))
print(json.load(io.StringIO("[1.5, 2]"), parse_float=str))
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
