import json, pathlib
tools = json.loads(pathlib.Path("node_modules/@calkit/tools/schemas/anthropic.json").read_text())
print(len(tools), tools[0]["name"])
