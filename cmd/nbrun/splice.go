package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// spliceNotebook encodes nb, the notebook decoded from orig and then
// changed, by replacing in orig only the values that changed: a top-level
// value (the notebook's metadata), or one value of one cell (its outputs,
// execution count, metadata). Everything else keeps its bytes: a decode and
// encode round trip would rewrite what the runner never touched (a lone
// surrogate \ud800 becomes U+FFFD, \u00e9 becomes é, keys are sorted).
// Replaced values are laid out as Jupyter lays them out (one-space indent).
// If the structure itself changed (a key added, cells added), or orig is
// not laid out as a notebook object, the whole notebook is encoded afresh.
func spliceNotebook(orig []byte, nb notebook) ([]byte, error) {
	before, err := decodeNotebook(orig)
	if err != nil {
		return nil, err
	}
	reps, ok := notebookEdits(orig, before, nb)
	if !ok {
		return nb.encode()
	}
	var out bytes.Buffer
	last := 0
	for _, r := range reps {
		out.Write(orig[last:r.start])
		out.Write(r.data)
		last = r.end
	}
	out.Write(orig[last:])
	// The result must decode to nb; if the splice got anything wrong, the
	// plain encoding is the safe answer.
	check, err := decodeNotebook(out.Bytes())
	if err != nil || !sameJSON(map[string]any(check), map[string]any(nb)) {
		return nb.encode()
	}
	return out.Bytes(), nil
}

type edit struct {
	start, end int
	data       []byte
}

// member is one key of a JSON object and the byte span of its value.
type member struct {
	key        string
	start, end int
}

// notebookEdits lists, in file order, the replacements that turn orig
// (decoded: before) into after; ok is false when a splice cannot do it.
func notebookEdits(orig []byte, before, after notebook) (edits []edit, ok bool) {
	top, ok := objectMembers(orig, 0)
	if !ok || !sameKeys(top, after) {
		return nil, false
	}
	for _, m := range top {
		if m.key != "cells" {
			if !sameJSON(before[m.key], after[m.key]) {
				edits = append(edits, edit{m.start, m.end, indentJSON(after[m.key], " ")})
			}
			continue
		}
		cells, ok := arrayElements(orig, m.start)
		bc, ac := before.cells(), after.cells()
		if !ok || len(cells) != len(ac) || len(bc) != len(ac) {
			return nil, false
		}
		for i, span := range cells {
			if sameJSON(bc[i], ac[i]) {
				continue
			}
			members, ok := objectMembers(orig, span[0])
			if !ok || !sameKeys(members, ac[i]) {
				edits = append(edits, edit{span[0], span[1], indentJSON(ac[i], "  ")})
				continue
			}
			for _, cm := range members {
				if !sameJSON(bc[i][cm.key], ac[i][cm.key]) {
					edits = append(edits, edit{cm.start, cm.end, indentJSON(ac[i][cm.key], "   ")})
				}
			}
		}
	}
	return edits, true
}

// sameKeys says whether the object's members are exactly the keys of m.
func sameKeys[V any](members []member, m map[string]V) bool {
	seen := map[string]bool{}
	for _, x := range members {
		if _, ok := m[x.key]; !ok || seen[x.key] {
			return false
		}
		seen[x.key] = true
	}
	return len(seen) == len(m)
}

// objectMembers reads the JSON object that starts at data[off] (after any
// white space) and returns its members' value spans, in order.
func objectMembers(data []byte, off int) ([]member, bool) {
	dec := json.NewDecoder(bytes.NewReader(data[off:]))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		key, isKey := t.(string)
		if err != nil || !isKey {
			return nil, false
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, false
		}
		end := off + int(dec.InputOffset())
		out = append(out, member{key, end - len(raw), end})
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('}') {
		return nil, false
	}
	return out, true
}

// arrayElements reads the JSON array that starts at data[off] and returns
// its elements' spans.
func arrayElements(data []byte, off int) ([][2]int, bool) {
	dec := json.NewDecoder(bytes.NewReader(data[off:]))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, false
	}
	var out [][2]int
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, false
		}
		end := off + int(dec.InputOffset())
		out = append(out, [2]int{end - len(raw), end})
	}
	return out, true
}

// sameJSON compares two decoded values by their encoding.
func sameJSON(a, b any) bool {
	return bytes.Equal(compactJSON(a), compactJSON(b))
}

func compactJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte(fmt.Sprintf("unencodable %p", &buf)) // never equal to anything
	}
	return buf.Bytes()
}

// indentJSON encodes v as Jupyter would at a depth whose lines start with
// prefix (one space per level).
func indentJSON(v any, prefix string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, " ")
	enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
