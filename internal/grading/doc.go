// Package grading is the harness every graded exercise runs under.
//
// A graded test asks the student's functions questions and judges the
// answers. It has three parts, written once in internal/cases/X:
//
//   - the calls: hand cases, then random inputs drawn from a seed that is new
//     for every run (a student's code cannot know them in advance);
//   - the question: how one call is put to an implementation and what is
//     observed (the values returned, an error, and for property tests the
//     inputs after the call);
//   - the verdict: the answers judged against the hand values, against
//     properties the test computes itself (central differences …) and against
//     the reference solution's answers to the same calls.
//
// The points live in one table, Table (points.go).
//
// # Where each part runs
//
// Under the grader (cmd/grade) the three parts run in three processes: the
// student's process only answers (Serve: calls in on stdin, one Reply per
// call out on file descriptor 3), a trusted process built from solutions/
// answers the same calls, and the grader judges both in its own process. A
// call that panics is answered with the panic and the file:line of the
// student's code; a call that never returns (runtime.Goexit, a loop, a dead
// process) has no answer, and a test with a missing answer fails. Nothing the
// student's process writes can be a verdict: at most a wrong answer.
//
// Under `go test ./exercises/X` (Run) all three run in one process, the
// student's functions beside the reference (solutions/X): nothing is at stake
// there. A stub panics with "not implemented: F": such a test is skipped
// with a message naming the function to write, so that `go test ./...`
// passes on a fresh checkout; GOMLP_STRICT=1 turns those skips into
// failures. GOMLP_SEED=N repeats a run's random calls.
package grading
