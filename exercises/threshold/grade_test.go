package threshold

import (
	"testing"

	cases "gomlp.dev/internal/cases/threshold"
)

// TestGrade runs the graded tests of this exercise (internal/cases/threshold).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Z: Z, Unit: Unit, BoundaryX2: BoundaryX2})
}
