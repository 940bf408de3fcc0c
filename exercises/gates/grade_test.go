package gates

import (
	"testing"

	cases "gomlp.dev/internal/cases/gates"
	ref "gomlp.dev/solutions/gates"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gates):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{AND: AND, OR: OR, NAND: NAND, NOR: NOR, NOT: NOT},
		cases.Impl{AND: ref.AND, OR: ref.OR, NAND: ref.NAND, NOR: ref.NOR, NOT: ref.NOT})
}
