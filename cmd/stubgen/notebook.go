package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
)

// The exercise notebook exercises/X/X.ipynb is a source (committed with
// its outputs against the stubs); solutions/X/X.ipynb is generated from it,
// the import path changed to the solution's, and committed with its own
// outputs (written by nbrun against the solutions).

// solutionNotebook returns the notebook for solutions/X: the exercise's
// cells with gomlp.dev/exercises/X replaced by gomlp.dev/solutions/X and no
// outputs.
func solutionNotebook(src []byte, exercise string) (map[string]any, error) {
	var nb map[string]any
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	if err := dec.Decode(&nb); err != nil {
		return nil, fmt.Errorf("exercise notebook of %s: %v", exercise, err)
	}
	cells, _ := nb["cells"].([]any)
	from, to := `"gomlp.dev/exercises/`+exercise+`"`, `"gomlp.dev/solutions/`+exercise+`"`
	for _, c := range cells {
		cell, _ := c.(map[string]any)
		if cell == nil {
			continue
		}
		if lines, ok := cell["source"].([]any); ok {
			for i, l := range lines {
				if s, ok := l.(string); ok {
					lines[i] = strings.ReplaceAll(s, from, to)
				}
			}
		}
		if cell["cell_type"] == "code" {
			cell["outputs"] = []any{}
			cell["execution_count"] = nil
		}
	}
	return nb, nil
}

// sources lists a notebook's cell sources, to compare two notebooks
// without their outputs.
func sources(nb map[string]any) []any {
	var out []any
	cells, _ := nb["cells"].([]any)
	for _, c := range cells {
		cell, _ := c.(map[string]any)
		out = append(out, cell["cell_type"], cell["source"])
	}
	return out
}

// syncNotebook brings solutions/X/X.ipynb in line with exercises/X/X.ipynb:
// it reports whether the sources differ and, unless check, rewrites the
// solution notebook (without outputs) when they do.
func syncNotebook(exPath, solPath, exercise string, check bool) (differs bool, err error) {
	src, err := os.ReadFile(exPath)
	if os.IsNotExist(err) {
		_, serr := os.Stat(solPath)
		return serr == nil, nil // a solution notebook without an exercise one is stale
	}
	if err != nil {
		return false, err
	}
	want, err := solutionNotebook(src, exercise)
	if err != nil {
		return false, err
	}
	if have, err := os.ReadFile(solPath); err == nil {
		var nb map[string]any
		dec := json.NewDecoder(bytes.NewReader(have))
		dec.UseNumber()
		if dec.Decode(&nb) == nil && reflect.DeepEqual(sources(nb), sources(want)) {
			return false, nil
		}
	}
	if check {
		return true, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(want); err != nil {
		return false, err
	}
	return true, writeAtomic(solPath, buf.Bytes())
}
