"""Trace helper for instrumented Python code, written by specula's `trace instrument`.

A traced method logs one NDJSON line when its call changed any traced attribute of self:
{"event": NAME, VAR: [{"op": "Update", "path": [], "args": [NEW VALUE]}], ...}
Lines go to the file named by SPECULA_TRACE_FILE, else to standard output.
"""
import functools
import json
import os
import sys

_out = None


def _sink():
    global _out
    if _out is None:
        path = os.environ.get("SPECULA_TRACE_FILE")
        _out = open(path, "a", encoding="utf-8") if path else sys.stdout
    return _out


def _encode(value):
    """JSON text of a value; sets become sorted lists, tuples lists, other objects their str()."""
    def default(v):
        if isinstance(v, (set, frozenset)):
            return sorted(v, key=repr)
        return str(v)
    return json.dumps(value, default=default, sort_keys=True)


def _snapshot(obj, names):
    return {n: _encode(getattr(obj, n)) for n in names if hasattr(obj, n)}


def traced(event, names):
    def wrap(fn):
        @functools.wraps(fn)
        def call(self, *args, **kwargs):
            before = _snapshot(self, names)
            result = fn(self, *args, **kwargs)
            after = _snapshot(self, names)
            changed = [n for n in names if n in after and before.get(n) != after[n]]
            if changed:
                line = '{"event": ' + json.dumps(event)
                for n in changed:
                    line += ', ' + json.dumps(n) + ': [{"op": "Update", "path": [], "args": [' + after[n] + ']}]'
                out = _sink()
                out.write(line + "}\n")
                out.flush()
            return result
        return call
    return wrap
