package dense

import (
	"testing"

	cases "gomlp.dev/internal/cases/dense"
)

// TestGrade runs the graded tests of this exercise (internal/cases/dense).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Layer: Layer, Forward: Forward})
}
