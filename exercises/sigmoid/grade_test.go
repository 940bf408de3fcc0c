package sigmoid

import (
	"testing"

	cases "gomlp.dev/internal/cases/sigmoid"
)

// TestGrade runs the graded tests of this exercise (internal/cases/sigmoid).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Sigmoid: Sigmoid, ECB: ECB, GradZ: GradZ})
}
