package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"gomlp.dev/internal/atomicfile"
)

// sharedFirstCell is the one text of the code cell every notebook starts
// with; the lint compares each notebook's first code cell with it and
// `nbrun firstcell` writes it.
//
// GoNB runs `!*` lines in the cell's own temporary Go module folder, and
// joins a line ending in `\` with the next (with a space), so the command is
// one bash line cut to fit 91 columns. It finds the repository that holds
// the notebook (the go.mod above $GONB_DIR). When that is not the course
// (the notebook was copied elsewhere, `go env GOMOD` then says /dev/null) it
// says so in one line and fails; otherwise it makes the module require
// gomlp.dev, replaces it with the repository and copies its go.sum, so every
// dependency resolves to the course's pinned versions without downloading
// (`%env GOPROXY off`).
var sharedFirstCell = strings.Join([]string{
	`%env GOPROXY off`,
	`!*R=$(cd "$GONB_DIR" && dirname "$(go env GOMOD)"); \`,
	`if ! grep -qx 'module gomlp.dev' "$R/go.mod" 2>/dev/null; then \`,
	`echo "This notebook must stay inside the course folder: it uses its packages." >&2; \`,
	`exit 1; fi; \`,
	`go mod edit -require=gomlp.dev@v0.0.0 -replace=gomlp.dev="$R" && cp "$R/go.sum" .`,
}, "\n")

// errNoCodeCell: the notebook is a reference page (errata, notation),
// which runs no code and so has no shared first cell.
var errNoCodeCell = errors.New("no code cell to hold the shared first cell")

// firstCodeCell is the index of a notebook's first code cell, or -1.
func firstCodeCell(nb notebook) int {
	for i, c := range nb.cells() {
		if cellType(c) == "code" {
			return i
		}
	}
	return -1
}

// setFirstCell replaces the source of the notebook's first code cell with
// want, the shared first cell of its edition (firstCellFor), and reports
// whether it changed. Outputs stay: the cell prints the same line.
func setFirstCell(nb notebook, want string) (bool, error) {
	i := firstCodeCell(nb)
	if i < 0 {
		return false, errNoCodeCell
	}
	c := nb.cells()[i]
	if source(c) == want {
		return false, nil
	}
	c["source"] = lines(want)
	return true, nil
}

// applyFirstCell rewrites the shared first cell of each notebook in place
// (temporary file and rename), touching no other cell: the bytes of the old
// cell's source are replaced where they stand, so the rest of the file keeps
// its formatting whoever wrote it.
func applyFirstCell(paths []string) error {
	for _, p := range paths {
		data, err := readNotebookFile(p)
		if err != nil {
			return err
		}
		out, changed, err := replaceFirstCell(data, firstCellFor(p))
		if errors.Is(err, errNoCodeCell) {
			fmt.Printf("%s: no code cell (a reference page): nothing to do\n", rel(p))
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if !changed {
			fmt.Printf("%s: first cell already current\n", rel(p))
			continue
		}
		if err := atomicfile.WriteFileIfUnchanged(p, data, out, 0o644); err != nil {
			return fmt.Errorf("%s: nothing written: %w", p, err)
		}
		fmt.Printf("%s: first cell rewritten\n", rel(p))
	}
	return nil
}

// replaceFirstCell returns the notebook with its first code cell's source
// set to the shared first cell. It edits the JSON text of that one "source"
// field; if it cannot find it as written, it re-encodes the notebook. Either
// way the result decodes to exactly the notebook with that one field changed.
func replaceFirstCell(data []byte, first string) ([]byte, bool, error) {
	nb, err := decodeNotebook(data)
	if err != nil {
		return nil, false, err
	}
	i := firstCodeCell(nb)
	if i < 0 {
		return nil, false, errNoCodeCell
	}
	oldSource := nb.cells()[i]["source"]
	changed, err := setFirstCell(nb, first)
	if err != nil || !changed {
		return data, false, err
	}
	want, err := nb.encode()
	if err != nil {
		return nil, false, err
	}
	if out, ok := spliceSource(data, oldSource, first); ok {
		if got, err := decodeNotebook(out); err == nil {
			if enc, err := got.encode(); err == nil && bytes.Equal(enc, want) {
				return out, true, nil
			}
		}
	}
	return want, true, nil
}

// spliceSource finds the "source" field holding old (a string or a list of
// lines, as encoding/json writes them) and puts the shared first cell there,
// one line per element, indented as the old field was.
func spliceSource(data []byte, old any, first string) ([]byte, bool) {
	quote := func(s string) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		return strings.TrimSuffix(b.String(), "\n")
	}
	var pattern string
	switch v := old.(type) {
	case string:
		pattern = `"source":\s*` + regexp.QuoteMeta(quote(v))
	case []any:
		parts := make([]string, len(v))
		for j, line := range v {
			s, _ := line.(string)
			parts[j] = regexp.QuoteMeta(quote(s))
		}
		pattern = `"source":\s*\[(\s*)` + strings.Join(parts, `,\s*`) + `(\s*)\]`
	default:
		return nil, false
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, false
	}
	loc := re.FindSubmatchIndex(data)
	if loc == nil {
		return nil, false
	}
	lead, tail := "\n    ", "\n   "
	if len(loc) >= 6 && loc[2] >= 0 {
		lead, tail = string(data[loc[2]:loc[3]]), string(data[loc[4]:loc[5]])
	}
	var b strings.Builder
	b.WriteString(`"source": [`)
	for j, line := range lines(first) {
		if j > 0 {
			b.WriteString(",")
		}
		b.WriteString(lead + quote(line.(string)))
	}
	b.WriteString(tail + "]")
	out := append([]byte{}, data[:loc[0]]...)
	out = append(out, b.String()...)
	return append(out, data[loc[1]:]...), true
}
