package gates

import (
	"testing"

	cases "gomlp.dev/internal/cases/gates"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gates).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{AND: AND, OR: OR, NAND: NAND, NOR: NOR, NOT: NOT})
}
