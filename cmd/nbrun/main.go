// Command nbrun executes the course's notebooks headless with the GoNB
// kernel and fails, naming notebook and cell, when a cell fails; it also
// lints their text, opens them in a headless browser and keeps their shared
// first cell.
//
// Usage:
//
//	go run ./cmd/nbrun [flags] run|check|write|lint|browser|firstcell [NOTEBOOK.ipynb ...]
//	go run ./cmd/nbrun edition status|stamp ...
//
// Every notebook runs from its own folder, cell by cell, with a per-cell
// timeout. A cell fails on an error output (a compile error, a program that
// failed), a panic, or a `!` shell command that exited non-zero. Cells tagged
// skip-headless (widgets, which need a browser) are not run.
//
//	run        execute and judge only
//	check      also compare the fresh outputs with the committed ones: text
//	           after masking temporary paths, durations and addresses; images
//	           within a small pixel tolerance. Any drift fails. Lints too.
//	write      store the fresh outputs in the notebook, with clean metadata;
//	           cells whose outputs match the committed ones keep them, so a
//	           second write changes no byte. Lints too.
//	lint       check the committed text (lint.go lists the rules) and run
//	           go vet on each notebook's Go, assembled as GoNB assembles it
//	           (vet.go); seconds for the whole course
//	browser    open the notebooks in headless Chromium through a Notebook
//	           server on 127.0.0.1 and fail on a broken render or link; Run
//	           All in notebook 00 and the notebooks with a slider (browser.go)
//	firstcell  rewrite each notebook's first code cell to the shared one
//	edition    the Spanish edition's records: which translated cells are
//	           stale (status), record the English source of a cell (stamp)
//
// With no notebook named, it runs notebooks/*.ipynb, notebooks/es/*.ipynb (the
// Spanish edition), exercises/*/*.ipynb (the
// graded exercises' notebooks, against the stubs) and solutions/*/*.ipynb
// (the same notebooks against the reference solutions).
// Jupyter comes from Debian's packages (nbclient under /usr/bin/python3);
// `./course setup` installs it and registers the kernel.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == guardArg {
		os.Exit(guardMain(os.Args[2:]))
	}
	os.Exit(nbrun(os.Args[1:]))
}

// nbrun runs the command line and returns the exit code: 0 all passed, 1 a
// notebook failed, 2 a usage error or no working kernel; a run stopped by a signal exits in
// handleSignals with 128 + the signal's number (see usage).
func nbrun(argv []string) int {
	o := options{}
	fs := flag.NewFlagSet("nbrun", flag.ContinueOnError)
	fs.StringVar(&o.kernel, "kernel", "gonb", "Jupyter kernel `name`")
	fs.StringVar(&o.python, "python", envOr("JUPYTER_PYTHON", "/usr/bin/python3"), "the Python that has Jupyter's nbclient")
	fs.DurationVar(&o.cellTimeout, "timeout", 5*time.Minute, "time limit for one cell, at least 1s")
	fs.StringVar(&o.skipTag, "skip-tag", "skip-headless", "cells with this tag are not run")
	fs.BoolVar(&o.verbose, "v", false, "show the kernel's log")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(argv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // asked for: not a usage error
		}
		return 2
	}
	args := fs.Args()
	if len(args) > 0 && args[0] == "edition" {
		return editionCommand(args[1:])
	}
	modes := map[string]bool{"run": true, "check": true, "write": true, "lint": true, "firstcell": true, "browser": true}
	if len(args) == 0 || !modes[args[0]] {
		fs.Usage()
		return 2
	}
	if err := validTimeout(o.cellTimeout); err != nil {
		fmt.Fprintln(os.Stderr, "nbrun:", err)
		return 2
	}
	o.mode = args[0]
	repo, err := repoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbrun:", err)
		return 2
	}
	o.repo = repo
	paths := args[1:]
	if len(paths) == 0 {
		paths = courseNotebooks(repo)
	}
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "nbrun: no notebooks to run")
		return 2
	}
	if o.mode != "lint" && o.mode != "firstcell" {
		if !guardSupported {
			fmt.Fprintf(os.Stderr, "nbrun %s needs Linux or macOS, where Jupyter's Go kernel (GoNB) runs; "+
				"nbrun lint and firstcell work here\n", o.mode)
			return 2
		}
		if err := checkKernel(o.python, o.kernel); err != nil {
			fmt.Fprintln(os.Stderr, "nbrun:", err)
			return 2
		}
		useScratch()
		defer releaseRunnerScratch()
		if o.verbose {
			fmt.Fprintf(os.Stderr, "nbrun: processes started in %s\n", guardMode())
		}
	}
	switch o.mode {
	case "firstcell":
		if err := applyFirstCell(paths); err != nil {
			fmt.Fprintln(os.Stderr, "nbrun:", err)
			return 1
		}
		return 0
	case "lint":
		failed := lintAll(o.repo, paths)
		fmt.Printf("lint: %d passed, %d failed\n", len(paths)-failed, failed)
		return exitCode(failed)
	case "browser":
		return browserMain(paths, o)
	}
	// The kernels this run starts are stopped on SIGINT/SIGTERM too.
	stop := handleSignals()
	defer stop()
	failed := 0
	for _, p := range paths {
		res := runNotebook(p, o)
		if o.mode != "run" {
			lint := lintNotebook(p)
			vetted, err := vetNotebooks(o.repo, []string{p})
			if err != nil {
				vetted = map[string][]string{p: {err.Error()}}
			}
			lint.Problems = append(lint.Problems, vetted[p]...)
			res.Lint = &lint
		}
		printResult(os.Stdout, res, o.mode)
		if res.failed() {
			failed++
		}
	}
	fmt.Printf("notebooks: %d passed, %d failed\n", len(paths)-failed, failed)
	return exitCode(failed)
}

const usage = `usage: nbrun [flags] run|check|write|lint|browser|firstcell [NOTEBOOK.ipynb ...]
       nbrun edition status|stamp ...   (the translations' records; nbrun edition -h)

  run        execute every cell headless and judge it
  check      run, and compare the outputs with the committed ones (and lint)
  write      run, and store the fresh outputs in the notebook (and lint)
  lint       check the committed text: control characters, line and cell
             length, the shared first cell, relative links, the kernel spec,
             the share of check lines, numbers in the prose; and each
             notebook's Go, assembled as GoNB does, with go vet (vet.go)
  browser    open the notebooks in headless Chromium through a Notebook server
             on 127.0.0.1 and fail on a broken render; run notebook 00 there
  firstcell  rewrite each notebook's first code cell to the shared first cell
             (a translation's: its edition's, which also sets GOMLP_LANG)

A notebook must be a regular file of at most 64 MiB in UTF-8. write stores
only what the run renews (outputs, counts, run metadata of the cells it ran),
and nothing if the notebook changed on disk while it ran. A cell's output is
kept to its first and last 1 MiB, with a line saying how much was dropped.

Every process a run starts (Jupyter, the kernel, gopls, the cell's program,
the Notebook server, Chromium) ends with nbrun, however nbrun ends: on Linux
each runs in a PID namespace bound to nbrun's life; a run's temporary files
live in one folder that is removed with it.

Exit codes:
  0    every notebook passed
  1    a notebook failed
  2    a usage error (bad flag, unknown command, no notebook), or Jupyter
       without the Go kernel set up (run ./course setup)
  129  interrupted by SIGHUP (the terminal closed)
  130  interrupted by SIGINT (Ctrl-C)
  131  interrupted by SIGQUIT (Ctrl-\)
  143  interrupted by SIGTERM
       After stopping everything it started, nbrun ends by the signal
       itself, so a script that ran it stops too (SIGQUIT: exit code 131).
       SIGKILL cannot be caught: a shell reports 137. go run reports
       every failure as 1; run the built binary to see these codes.

Flags:
`

func exitCode(failed int) int {
	if failed > 0 {
		return 1
	}
	return 0
}

// validTimeout rejects cell time limits the executor cannot honour: it
// counts whole seconds, and 0 means no limit to it.
func validTimeout(d time.Duration) error {
	switch {
	case d <= 0:
		return fmt.Errorf("-timeout %v: a cell's time limit must be positive (e.g. -timeout 5m)", d)
	case d < time.Second:
		return fmt.Errorf("-timeout %v: a cell's time limit must be at least 1s", d)
	}
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// repoRoot is the folder of the go.mod above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: run nbrun inside the course's repository")
		}
		dir = parent
	}
}

func courseNotebooks(repo string) []string {
	var paths []string
	for _, pattern := range []string{"notebooks/*.ipynb", "notebooks/es/*.ipynb", "exercises/*/*.ipynb", "solutions/*/*.ipynb"} {
		m, _ := filepath.Glob(filepath.Join(repo, pattern))
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	return paths
}

func printResult(w io.Writer, r result, mode string) {
	status := "PASS"
	if r.failed() {
		status = "FAIL"
	}
	extra := ""
	if r.Written {
		extra = ", outputs written"
	}
	fmt.Fprintf(w, "%s %s  %.1fs (kernel start %.1fs%s)\n", status, rel(r.Path), r.Seconds, r.Startup, extra)
	if r.Lint != nil {
		printLint(w, *r.Lint)
	}
	for _, c := range r.Cells {
		switch {
		case c.Skipped:
			fmt.Fprintf(w, "  cell %2d  skipped (skip-headless)  %s\n", c.Index, c.Line)
		default:
			fmt.Fprintf(w, "  cell %2d  %6.2fs  %s\n", c.Index, c.Seconds, c.Line)
		}
		if c.Failure != "" {
			fmt.Fprintf(w, "FAIL %s cell %d (%s): %s\n", rel(r.Path), c.Index, c.Line, indent(c.Failure))
		}
		if c.Drift != "" {
			fmt.Fprintf(w, "FAIL %s cell %d (%s): output drifted from the committed one: %s\n", rel(r.Path), c.Index, c.Line, indent(c.Drift))
		}
	}
	if r.Fatal != "" {
		fmt.Fprintf(w, "FAIL %s: %s\n", rel(r.Path), indent(r.Fatal))
	}
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n      ") }

func rel(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}
