package main

import (
	"fmt"
	"regexp"
	"strings"
)

// implLiteral finds the Impl a solution's grade_test.go hands to the tests:
// "impl := cases.Impl{Z: Z, Unit: Unit}".
var implLiteral = regexp.MustCompile(`impl := cases\.Impl\{([^}]*)\}`)

// GradeTests returns what solutions/X/grade_test.go must be (its functions
// as their own reference) and the exercises/X/grade_test.go made from it
// (the student's functions against solutions/X), from the functions named
// in the solution's file.
func GradeTests(name string, solution []byte) (sol, ex []byte, err error) {
	m := implLiteral.FindSubmatch(solution)
	if m == nil {
		return nil, nil, fmt.Errorf("solutions/%s/grade_test.go hands no `impl := cases.Impl{…}` to cases.Run", name)
	}
	var fields, own, ref []string
	for _, f := range strings.Split(string(m[1]), ",") {
		k, _, _ := strings.Cut(strings.TrimSpace(f), ":")
		fields = append(fields, strings.TrimSpace(k))
	}
	for _, f := range fields {
		own = append(own, f+": "+f)
		ref = append(ref, f+": ref."+f)
	}
	sol = fmt.Appendf(nil, `package %[1]s

import (
	"testing"

	cases "gomlp.dev/internal/cases/%[1]s"
)

// TestGrade runs the graded tests of this exercise (internal/cases/%[1]s).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{%[2]s}
	cases.Run(t, impl, impl)
}
`, name, strings.Join(own, ", "))
	ex = fmt.Appendf(nil, `package %[1]s

import (
	"testing"

	cases "gomlp.dev/internal/cases/%[1]s"
	ref "gomlp.dev/solutions/%[1]s"
)

// TestGrade runs the graded tests of this exercise (internal/cases/%[1]s):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `+"`go run ./cmd/grade`"+` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{%[2]s},
		cases.Impl{%[3]s})
}
`, name, strings.Join(own, ", "), strings.Join(ref, ", "))
	return sol, ex, nil
}
