package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// A notebook is kept as generic JSON so that nothing the runner does not
// know about is lost when it writes the notebook back.
type notebook map[string]any

// readNotebook reads and decodes a notebook file (see readNotebookFile for
// what it refuses).
func readNotebook(path string) (notebook, error) {
	data, err := readNotebookFile(path)
	if err != nil {
		return nil, err
	}
	return decodeNotebook(data)
}

func decodeNotebook(data []byte) (notebook, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var nb notebook
	if err := dec.Decode(&nb); err != nil {
		return nil, fmt.Errorf("not a notebook: %w", err)
	}
	if v, ok := nb["nbformat"].(json.Number); ok && v.String() != "4" {
		return nil, fmt.Errorf("nbformat %s is not supported, upgrade it with `jupyter nbconvert --to notebook`", v)
	}
	if _, ok := nb["cells"].([]any); !ok {
		return nil, fmt.Errorf("not a notebook: no cells")
	}
	return nb, nil
}

// encode formats the notebook as Jupyter does (one-space indent, sorted
// keys, no HTML escaping, final newline), so a notebook saved by Jupyter and
// one written by the runner differ only where their content does.
func (nb notebook) encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(map[string]any(nb)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (nb notebook) cells() []map[string]any {
	raw, _ := nb["cells"].([]any)
	cells := make([]map[string]any, len(raw))
	for i, c := range raw {
		cells[i], _ = c.(map[string]any)
	}
	return cells
}

func cellType(c map[string]any) string { s, _ := c["cell_type"].(string); return s }

// text joins a notebook string field, which may be a string or a list of lines.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		var b strings.Builder
		for _, s := range v {
			str, _ := s.(string)
			b.WriteString(str)
		}
		return b.String()
	}
	return ""
}

// source is the cell's code.
func source(c map[string]any) string { return text(c["source"]) }

func tags(c map[string]any) []string {
	md, _ := c["metadata"].(map[string]any)
	raw, _ := md["tags"].([]any)
	var out []string
	for _, t := range raw {
		if s, ok := t.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func outputs(c map[string]any) []map[string]any {
	raw, _ := c["outputs"].([]any)
	outs := make([]map[string]any, 0, len(raw))
	for _, o := range raw {
		if m, ok := o.(map[string]any); ok {
			outs = append(outs, m)
		}
	}
	return outs
}

// firstLine names a cell in reports: its first line of code, shortened.
func firstLine(c map[string]any) string {
	line, _, _ := strings.Cut(strings.TrimSpace(source(c)), "\n")
	if len(line) > 60 {
		line = line[:57] + "..."
	}
	return line
}
