// Command grade scores the graded exercises.
//
//	go run ./cmd/grade                 grade this checkout's exercises/ and print a table
//	go run ./cmd/grade SUBMISSIONS     grade a class: one folder (or .zip/.tar.gz) per
//	                                   student; writes results.json and grades.csv
//
// Every exercise of every student is compiled in a scratch module holding only the
// student's non-test .go files, the official grade_test.go and internal/ (never
// solutions/), offline; each test then runs in its own process with a time limit, a
// memory limit and an output cap, and counts only if the harness wrote its result, with
// that run's random nonce, to the file the grader gave it. See README, "Graded
// exercises".
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"gomlp.dev/internal/grading"
)

func main() {
	var cfg Config
	flag.IntVar(&cfg.Workers, "j", runtime.NumCPU(), "processes at a time (compiles and tests)")
	flag.DurationVar(&cfg.TestTimeout, "test-timeout", 10*time.Second, "time limit of one test")
	flag.DurationVar(&cfg.ExerciseTimeout, "exercise-timeout", 60*time.Second, "time limit of all tests of one exercise (compile excluded)")
	flag.DurationVar(&cfg.CompileTimeout, "compile-timeout", 3*time.Minute, "time limit of compiling one exercise")
	flag.IntVar(&cfg.MemMB, "mem", 2048, "address-space limit of a test process, MiB (0: none)")
	flag.IntVar(&cfg.OutputCap, "output-cap", 64<<10, "bytes of a test process's output kept")
	out := flag.String("out", ".", "folder for results.json and grades.csv (class mode)")
	only := flag.String("exercises", "", "comma-separated exercises to grade (default: all)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./cmd/grade [flags] [SUBMISSIONS]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	root, err := repoRoot()
	if err != nil {
		fail(err)
	}
	cfg.Root = root
	cfg.Exercises, err = selectExercises(*only)
	if err != nil {
		fail(err)
	}
	cfg.Work, err = os.MkdirTemp("", "grade-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(cfg.Work)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	if flag.NArg() == 0 {
		me := Student{Name: "you", Dir: filepath.Join(root, "exercises")}
		res := Grade(ctx, cfg, []Student{me})
		PrintTable(os.Stdout, res.Students[0])
		return
	}
	students, err := Submissions(flag.Arg(0), cfg.Work)
	if err != nil {
		fail(err)
	}
	if len(students) == 0 {
		fail(fmt.Errorf("no submissions in %s (one folder, .zip or .tar.gz per student)", flag.Arg(0)))
	}
	start := time.Now()
	res := Grade(ctx, cfg, students)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	if err := WriteJSON(filepath.Join(*out, "results.json"), res); err != nil {
		fail(err)
	}
	if err := WriteCSV(filepath.Join(*out, "grades.csv"), res); err != nil {
		fail(err)
	}
	for _, s := range res.Students {
		fmt.Printf("%-20s %4d/%d  (%.1f s)\n", s.Student, s.Total, s.Max, s.Seconds)
	}
	fmt.Printf("graded %d students in %.1f s; wrote %s and %s\n", len(students), time.Since(start).Seconds(),
		filepath.Join(*out, "results.json"), filepath.Join(*out, "grades.csv"))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "grade:", err)
	os.Exit(1)
}

// repoRoot finds the folder of go.mod (module gomlp.dev) from the current one up.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module gomlp.dev\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run me inside the course repository (no go.mod of module gomlp.dev above %s)", dir)
		}
		dir = parent
	}
}

func selectExercises(only string) ([]grading.Exercise, error) {
	if only == "" {
		return grading.Table, nil
	}
	var out []grading.Exercise
	for _, n := range strings.Split(only, ",") {
		ex, ok := grading.Lookup(strings.TrimSpace(n))
		if !ok {
			return nil, fmt.Errorf("no exercise %q", n)
		}
		out = append(out, ex)
	}
	return out, nil
}
