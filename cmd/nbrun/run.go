package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"gomlp.dev/internal/atomicfile"
)

//go:embed execute.py
var executePy string

type options struct {
	mode        string // "run", "check" or "write"
	kernel      string
	python      string
	cellTimeout time.Duration
	skipTag     string
	repo        string // the repository root, masked in outputs
	verbose     bool   // show the kernel's log
}

type cellResult struct {
	Index   int // 1-based, as a reader counts cells
	Line    string
	Seconds float64
	Skipped bool
	Failure string // why the cell failed, if it did
	Drift   string // how its outputs differ from the committed ones (check mode)
}

type result struct {
	Path    string
	Seconds float64
	Startup float64
	Cells   []cellResult
	Fatal   string // the run itself broke: no kernel, a timeout, a dead kernel
	Written bool   // write mode stored new outputs
	Lint    *lintReport
}

func (r result) failed() bool {
	if r.Fatal != "" || (r.Lint != nil && len(r.Lint.Problems) > 0) {
		return true
	}
	for _, c := range r.Cells {
		if c.Failure != "" || c.Drift != "" {
			return true
		}
	}
	return false
}

// report is what execute.py prints.
type report struct {
	Cells []struct {
		Index   int     `json:"index"`
		Seconds float64 `json:"seconds"`
		Skipped bool    `json:"skipped"`
		Failure string  `json:"failure"`
	} `json:"cells"`
	StartupSeconds float64         `json:"startup_seconds"`
	Fatal          string          `json:"fatal"`
	Notebook       json.RawMessage `json:"notebook"`
}

// runNotebook executes one notebook from its own folder and judges it.
func runNotebook(path string, o options) (res result) {
	res.Path = path
	start := time.Now()
	defer func() { res.Seconds = time.Since(start).Seconds() }()

	orig, err := readNotebookFile(path)
	if err != nil {
		res.Fatal = err.Error()
		return res
	}
	committed, err := decodeNotebook(orig)
	if err != nil {
		res.Fatal = err.Error()
		return res
	}
	abs, _ := filepath.Abs(path)
	cmd := ownedCommand(o.python, "-c", executePy, abs, o.kernel,
		strconv.Itoa(int(math.Ceil(o.cellTimeout.Seconds()))), o.skipTag, strconv.Itoa(maxCellOutputBytes))
	// Belt and braces: the notebooks' first cell turns the module proxy off;
	// the runner does too, so a notebook that forgets still cannot download.
	// GOMLP_LANG (the language of plots' and check's words) comes from the
	// notebook's first cell only, never from the caller's environment.
	cmd.Env = append(cmd.Env, "GOPROXY=off", "GOTOOLCHAIN=local", "GOMLP_LANG=")
	stdout := &cappedBuffer{max: maxReportBytes}
	stderr := &tailBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if o.verbose {
		cmd.Stderr = os.Stderr
	}
	if err := runOwned(cmd); err != nil {
		res.Fatal = fmt.Sprintf("running Jupyter (%s): %v\n%s", o.python, err, lastLines(stderr.String(), 15))
		return res
	}
	var rep report
	if stdout.over {
		res.Fatal = fmt.Sprintf("the executed notebook is over %d MiB: its outputs are too large to keep "+
			"(each cell's are cut to %d MiB; this notebook has too many such cells)", maxReportBytes>>20, maxCellOutputBytes>>20)
		return res
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		res.Fatal = fmt.Sprintf("reading the executor's report: %v", err)
		return res
	}
	fresh, err := decodeNotebook(rep.Notebook)
	if err != nil {
		res.Fatal = err.Error()
		return res
	}
	res.Startup = rep.StartupSeconds
	res.Fatal = rep.Fatal

	cc, fc := committed.cells(), fresh.cells()
	for _, e := range rep.Cells {
		if e.Index >= len(cc) || cellType(cc[e.Index]) != "code" {
			continue
		}
		cr := cellResult{Index: e.Index + 1, Line: firstLine(cc[e.Index]), Seconds: e.Seconds, Skipped: e.Skipped}
		switch {
		case e.Skipped:
		case e.Failure != "":
			cr.Failure = e.Failure
		default:
			cr.Failure = cellFailure(fc[e.Index])
			if cr.Failure == "" && o.mode == "check" {
				cr.Drift = compareCell(cc[e.Index], fc[e.Index], o.repo)
			}
		}
		res.Cells = append(res.Cells, cr)
	}
	if o.mode == "write" && !res.failed() {
		res.Written, res.Fatal = storeOutputs(path, orig, committed, fresh, rep, o.repo)
	}
	return res
}

// storeOutputs writes the fresh outputs into the notebook, whose bytes were
// orig when the run began, and says whether it did; on failure the notebook
// is left byte for byte as it was, or as whoever changed it during the run
// left it, and the message says so.
func storeOutputs(path string, orig []byte, committed, fresh notebook, rep report, repo string) (bool, string) {
	written, err := writeNotebook(path, orig, committed, fresh, rep, repo)
	switch {
	case errors.Is(err, atomicfile.ErrChanged):
		return false, path + " changed on disk while it ran (saved from Jupyter?): nothing was written; " +
			"save it there, close it, and run nbrun write again"
	case err != nil:
		return false, "nothing was written, the notebook is as it was: " + err.Error()
	}
	return written, ""
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
