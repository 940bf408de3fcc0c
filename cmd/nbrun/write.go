package main

import (
	"bytes"
	"fmt"
	"strings"

	"gomlp.dev/internal/atomicfile"
)

// writeNotebook stores the fresh outputs in the notebook at path, whose
// bytes were orig when the run began. Only what a run renews changes: each
// executed code cell's outputs, execution count and metadata (its tags
// kept), and the notebook's kernel metadata (the course's own "gomlp" key
// kept). A cell whose fresh outputs match the committed ones (as check mode
// compares them) keeps its committed outputs, so a rerun changes no byte;
// a cell that did not run (markdown, skipped) and a cell's source are kept
// byte for byte (see spliceNotebook). If the file no longer holds orig
// (Jupyter saved it during the run), nothing is written and the error
// wraps atomicfile.ErrChanged. It reports whether the file changed.
func writeNotebook(path string, orig []byte, committed, fresh notebook, rep report, repo string) (bool, error) {
	cc, fc := committed.cells(), fresh.cells()
	for _, e := range rep.Cells {
		i := e.Index
		if e.Skipped || i < 0 || i >= len(cc) || i >= len(fc) || cellType(cc[i]) != "code" {
			continue
		}
		c := cc[i]
		cleanCellMetadata(c)
		c["execution_count"] = fc[i]["execution_count"]
		if compareCell(c, fc[i], repo) == "" {
			continue
		}
		outs := normalizeOutputs(outputs(fc[i]))
		list := make([]any, len(outs))
		for j, o := range outs {
			list[j] = splitText(o)
		}
		c["outputs"] = list
	}
	md := map[string]any{
		"kernelspec": map[string]any{
			"display_name": "Go (gonb)",
			"language":     "go",
			"name":         "gonb",
		},
		"language_info": map[string]any{
			"file_extension": ".go",
			"mimetype":       "text/x-go",
			"name":           "go",
		},
	}
	if old, ok := committed["metadata"].(map[string]any); ok && old["gomlp"] != nil {
		md["gomlp"] = old["gomlp"]
	}
	committed["metadata"] = md
	data, err := spliceNotebook(orig, committed)
	if err != nil {
		return false, err
	}
	if bytes.Equal(orig, data) {
		return false, nil
	}
	if len(data) > maxNotebookBytes {
		return false, fmt.Errorf("with its fresh outputs the notebook would be %s, over the %d MiB a notebook may be",
			sizeString(int64(len(data))), maxNotebookBytes>>20)
	}
	if err := atomicfile.WriteFileIfUnchanged(path, orig, data, 0o644); err != nil {
		return false, err
	}
	return true, nil
}

// writeFileAtomic replaces the notebook at path with data, never leaving it
// half-written (see atomicfile.WriteFile).
func writeFileAtomic(path string, data []byte) error {
	return atomicfile.WriteFile(path, data, 0o644)
}

// cleanCellMetadata drops what a run leaves in a cell's metadata (timings,
// scroll state) and keeps its tags.
func cleanCellMetadata(c map[string]any) {
	md, _ := c["metadata"].(map[string]any)
	clean := map[string]any{}
	if t, ok := md["tags"]; ok {
		clean["tags"] = t
	}
	if g, ok := md["gomlp"]; ok {
		clean["gomlp"] = g // a translation's record of its English source (edition.go)
	}
	c["metadata"] = clean
	if cellType(c) == "code" {
		if _, ok := c["outputs"]; !ok {
			c["outputs"] = []any{}
		}
	}
}

// splitText stores multi-line text as a list of lines, as Jupyter does, so
// that a diff of a committed notebook shows which line changed.
func splitText(o map[string]any) map[string]any {
	if t, ok := o["text"].(string); ok {
		o["text"] = lines(t)
	}
	if d, ok := o["data"].(map[string]any); ok {
		for mime, v := range d {
			if s, ok := v.(string); ok && (strings.HasPrefix(mime, "text/") || mime == "image/svg+xml") {
				d[mime] = lines(s)
			}
		}
	}
	return o
}

func lines(s string) []any {
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return out
}
