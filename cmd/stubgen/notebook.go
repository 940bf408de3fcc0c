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

// sources lists a notebook's cell sources and metadata (tags, a
// translation's records), to compare two notebooks without their outputs.
func sources(nb map[string]any) []any {
	var out []any
	cells, _ := nb["cells"].([]any)
	for _, c := range cells {
		cell, _ := c.(map[string]any)
		out = append(out, cell["cell_type"], cell["source"], cell["metadata"])
	}
	return out
}

// codeSources lists a notebook's code cells' sources.
func codeSources(nb map[string]any) []any {
	var out []any
	cells, _ := nb["cells"].([]any)
	for _, c := range cells {
		if cell, _ := c.(map[string]any); cell["cell_type"] == "code" {
			out = append(out, cell["source"])
		}
	}
	return out
}

// keepOutputs copies the outputs of have's code cells into want's when
// their code is the same (only markdown changed): the solution notebook
// then needs no new run. It reports whether it did.
func keepOutputs(have, want map[string]any) bool {
	if !reflect.DeepEqual(codeSources(have), codeSources(want)) {
		return false
	}
	var from []map[string]any
	cells, _ := have["cells"].([]any)
	for _, c := range cells {
		if cell, _ := c.(map[string]any); cell["cell_type"] == "code" {
			from = append(from, cell)
		}
	}
	cells, _ = want["cells"].([]any)
	i := 0
	for _, c := range cells {
		if cell, _ := c.(map[string]any); cell["cell_type"] == "code" {
			for _, k := range []string{"outputs", "execution_count"} {
				cell[k] = from[i][k]
			}
			i++
		}
	}
	return true
}

// syncNotebook brings solutions/X/X.ipynb in line with exercises/X/X.ipynb:
// it reports whether the sources differ and, unless check, rewrites the
// solution notebook when they do (its outputs kept if no code changed).
func syncNotebook(exPath, solPath, exercise string, check bool) (differs, rerun bool, err error) {
	src, err := os.ReadFile(exPath)
	if os.IsNotExist(err) {
		_, serr := os.Stat(solPath)
		return serr == nil, false, nil // a solution notebook without an exercise one is stale
	}
	if err != nil {
		return false, false, err
	}
	want, err := solutionNotebook(src, exercise)
	if err != nil {
		return false, false, err
	}
	rerun = true
	if have, err := os.ReadFile(solPath); err == nil {
		var nb map[string]any
		dec := json.NewDecoder(bytes.NewReader(have))
		dec.UseNumber()
		if dec.Decode(&nb) == nil {
			if reflect.DeepEqual(sources(nb), sources(want)) {
				return false, false, nil
			}
			rerun = !keepOutputs(nb, want)
		}
	}
	if check {
		return true, rerun, nil
	}
	data, err := encodeNotebook(want)
	if err != nil {
		return false, false, err
	}
	return true, rerun, writeAtomic(solPath, data)
}
