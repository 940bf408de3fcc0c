package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// The first cell of an exercise notebook states the task: it is the
// exercise's README (what to write, the slide's formula, hints, the points
// table of internal/grading, the course notebook to read first, linked),
// so that a student who opens the notebook from the running course reads
// the task there; the Notebook server would show README.md as raw text.
// stubgen writes it (tagged exercise-task) into exercises/X/X.ipynb, and
// from there into solutions/X/X.ipynb; -check fails when it differs.

// taskTag marks the task cell.
const taskTag = "exercise-task"

// taskSource is the task cell's text: the exercise's README, points table
// in place.
func taskSource(readme []byte) string {
	return strings.TrimRight(string(readme), "\n")
}

// notebookLines splits a cell's text as Jupyter stores it: lines that keep
// their newline, the last without one.
func notebookLines(s string) []any {
	var out []any
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// decodeJSON reads a notebook keeping its numbers as written.
func decodeJSON(data []byte) (map[string]any, error) {
	var nb map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&nb); err != nil {
		return nil, err
	}
	return nb, nil
}

// encodeNotebook formats a notebook as nbrun and Jupyter do (one-space
// indent, sorted keys, no HTML escaping, final newline).
func encodeNotebook(nb map[string]any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(nb); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// isTaskCell says whether a cell is the tagged task cell.
func isTaskCell(c any) bool {
	cell, _ := c.(map[string]any)
	md, _ := cell["metadata"].(map[string]any)
	tags, _ := md["tags"].([]any)
	for _, t := range tags {
		if t == taskTag {
			return true
		}
	}
	return false
}

// withTaskCell returns the notebook with its first cell the task cell
// (replacing a tagged one, inserted before the others otherwise). A
// replaced cell keeps its metadata: a translation's record of the English
// task it translates (gomlp.en_sha256) is the translator's, not stubgen's.
func withTaskCell(nb map[string]any, task string) map[string]any {
	cells, _ := nb["cells"].([]any)
	cell := map[string]any{
		"cell_type": "markdown",
		"metadata":  map[string]any{"tags": []any{taskTag}},
		"source":    notebookLines(task),
	}
	if len(cells) > 0 && isTaskCell(cells[0]) {
		if md, ok := cells[0].(map[string]any)["metadata"].(map[string]any); ok {
			cell["metadata"] = md
		}
		cells = append([]any{cell}, cells[1:]...)
	} else {
		cells = append([]any{cell}, cells...)
	}
	nb["cells"] = cells
	return nb
}

// syncTaskCell makes the exercise notebook's first cell the task cell; it
// reports whether it differed and, unless check, rewrites the notebook
// (every other byte kept).
func syncTaskCell(path string, readme []byte, check bool) (differs bool, err error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	nb, err := decodeJSON(data)
	if err != nil {
		return false, fmt.Errorf("%s: %v", path, err)
	}
	want, err := encodeNotebook(withTaskCell(nb, taskSource(readme)))
	if err != nil {
		return false, err
	}
	if bytes.Equal(want, data) {
		return false, nil
	}
	if check {
		return true, nil
	}
	return true, writeAtomic(path, want)
}
