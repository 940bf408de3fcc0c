package main

import (
	"time"

	"gomlp.dev/internal/grading"
)

// Schema names the format of results.json.
const Schema = "gomlp-grade/2"

// Results of one grading run (results.json). Each exercise of each student
// is a result in exercism's test-runner interface, version 3 (version,
// status, message, tests: name, test_code, status, message, output), with
// points added.
type Results struct {
	Schema    string          `json:"schema"`
	Generated string          `json:"generated"`
	Seed      uint64          `json:"seed"` // the calls' seed (-seed repeats them)
	Sandboxed bool            `json:"sandboxed"`
	Exercises []ExerciseMax   `json:"exercises"`
	Max       int             `json:"max"`
	Students  []StudentResult `json:"students"`
}

// ExerciseMax names an exercise and its points.
type ExerciseMax struct {
	Name   string `json:"name"`
	Points int    `json:"points"`
}

// StudentResult is one student's grade.
type StudentResult struct {
	Student string  `json:"student"`
	Source  string  `json:"source"` // the folder or archive graded
	Status  string  `json:"status"` // graded, unreadable, empty
	Total   int     `json:"total"`
	Max     int     `json:"max"`
	Seconds float64 `json:"seconds"` // the student's own processes (build and tests)
	Seed    uint64  `json:"seed"`
	Message string  `json:"message,omitempty"` // why a submission is unreadable or empty
	// Exercises, in the course's order.
	Exercises []ExerciseResult `json:"exercises"`
}

// ExerciseResult is one exercise of one student: exercism's v3 result plus
// points and the grader's own status.
type ExerciseResult struct {
	Exercise string       `json:"exercise"`
	Version  int          `json:"version"`           // 3
	Status   string       `json:"status"`            // pass, fail, error (no test could run)
	Message  string       `json:"message,omitempty"` // when error
	Grading  string       `json:"grading"`           // graded, missing, refused, compile error, crashed
	Points   int          `json:"points"`
	Max      int          `json:"max_points"`
	Tests    []TestResult `json:"tests"`
}

// TestResult is one test: exercism's v3 fields, points, and the grader's
// finer outcome.
type TestResult struct {
	Name     string  `json:"name"`
	TestCode string  `json:"test_code"`
	Status   string  `json:"status"` // pass, fail, error
	Message  string  `json:"message,omitempty"`
	Output   string  `json:"output,omitempty"` // what the student's code printed (500 characters)
	Outcome  string  `json:"outcome"`          // pass, fail, error, not implemented, timeout, crashed, not run, or the exercise's grading status
	Points   int     `json:"points"`
	Max      int     `json:"max_points"`
	Seconds  float64 `json:"seconds"` // wall time of its process
}

// Exercise grading statuses.
const (
	exGraded       = "graded"
	exMissing      = "missing"
	exRefused      = "refused"
	exCompileError = "compile error"
	exCrashed      = "crashed"
)

// Test outcomes the grader adds to the harness's.
const (
	stTimeout = "timeout"
	stCrashed = "crashed"
	stNotRun  = "not run"
)

// Student statuses.
const (
	stuGraded     = "graded"
	stuUnreadable = "unreadable" // the archive could not be read
	stuEmpty      = "empty"      // no exercise folder in it
)

// newResults starts the results of a run.
func newResults(cfg Config, sandboxed bool) *Results {
	res := &Results{Schema: Schema, Generated: time.Now().UTC().Format(time.RFC3339), Seed: cfg.Seed, Sandboxed: sandboxed}
	for _, ex := range cfg.Exercises {
		res.Exercises = append(res.Exercises, ExerciseMax{ex.Name, ex.Total()})
		res.Max += ex.Total()
	}
	return res
}

// blank is an exercise's result before grading: every test not run.
func blank(ex grading.Exercise) ExerciseResult {
	er := ExerciseResult{Exercise: ex.Name, Version: 3, Max: ex.Total()}
	for _, p := range ex.Tests {
		er.Tests = append(er.Tests, TestResult{Name: p.Test, Max: p.Points, Outcome: stNotRun, Status: "error",
			TestCode: "go test -v -run 'TestGrade/" + p.Test + "$' ./exercises/" + ex.Name + "  (tests: internal/cases/" + ex.Name + ")"})
	}
	return er
}

// zero gives every test of the exercise 0 points with one status and
// message: the exercise could not be graded (exercism's "error").
func (er *ExerciseResult) zero(grading_, msg string) {
	er.Grading, er.Status, er.Message, er.Points = grading_, "error", grading.Cap(msg, 2000), 0
	for i := range er.Tests {
		t := &er.Tests[i]
		t.Status, t.Outcome, t.Message, t.Points = "error", grading_, grading.Cap(msg, grading.MessageCap), 0
	}
}

// exercismStatus maps a test outcome to exercism's pass, fail or error.
func exercismStatus(outcome string) string {
	switch outcome {
	case grading.StatusPass:
		return "pass"
	case grading.StatusFail:
		return "fail"
	}
	return "error"
}

// finish sums the points and sets the exercise's exercism status.
func (er *ExerciseResult) finish() {
	er.Points, er.Status = 0, "pass"
	for _, t := range er.Tests {
		er.Points += t.Points
		if t.Status != "pass" {
			er.Status = "fail"
		}
	}
}
