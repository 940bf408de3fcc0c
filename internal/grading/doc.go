// Package grading is the harness every graded exercise runs under.
//
// A graded test has a name and a body; its points live in one table, Table
// (points.go), which the grader (cmd/grade) reads by importing this package.
// Run runs each test as a subtest of the calling Test function.
//
// The same test logic grades exercises/X (the student's code) and
// solutions/X (the reference): the test cases live once in
// internal/cases/X, and the thin grade_test.go of both folders only hands the
// package's functions to them.
//
// # Not implemented
//
// A stub panics with "not implemented: Name". Under `go test` such a test is
// skipped with a message saying which function to write (so `go test ./...`
// passes on a fresh checkout); with GOMLP_STRICT=1, or under the grader, it
// fails and scores 0.
//
// # Results the grader trusts
//
// Under the grader, the environment holds GOMLP_GRADE_FILE (a file to append
// to) and GOMLP_GRADE_NONCE (a random string, new for every run). The harness
// reads both when this package initialises — before the student's package
// initialises — removes them from the environment, and appends one JSON line
// per finished test carrying the nonce. The grader counts only those lines:
// what the student's code prints to stdout (a fake "--- PASS", a fake
// `go test -json` event) counts for nothing.
package grading
