package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

// writeNotebook stores the fresh outputs in the notebook at path, with clean
// metadata. A cell whose fresh outputs match the committed ones (as check
// mode compares them) keeps its committed outputs, so a rerun changes no
// byte. It reports whether the file changed.
func writeNotebook(path string, committed, fresh notebook, rep report, repo string) (bool, error) {
	cc, fc := committed.cells(), fresh.cells()
	skipped := map[int]bool{}
	for _, e := range rep.Cells {
		skipped[e.Index] = e.Skipped
	}
	for i, c := range cc {
		cleanCellMetadata(c)
		if cellType(c) != "code" || skipped[i] || i >= len(fc) {
			continue
		}
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
	committed["metadata"] = map[string]any{
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
	data, err := committed.encode()
	if err != nil {
		return false, err
	}
	old, _ := os.ReadFile(path)
	if bytes.Equal(old, data) {
		return false, nil
	}
	if err := writeFileAtomic(path, data); err != nil {
		return false, err
	}
	return true, nil
}

// writeFileAtomic replaces the file at path with data: it writes a temporary
// file in the same folder, syncs it and renames it over the old one, so a
// failure at any step (a full disk, a file-size limit, a signal) leaves the
// old file byte for byte as it was.
func writeFileAtomic(path string, data []byte) (err error) {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// cleanCellMetadata drops what a run leaves in a cell's metadata (timings,
// scroll state) and keeps its tags.
func cleanCellMetadata(c map[string]any) {
	md, _ := c["metadata"].(map[string]any)
	clean := map[string]any{}
	if t, ok := md["tags"]; ok {
		clean["tags"] = t
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
