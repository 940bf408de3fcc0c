package threshold

import "testing"

func TestPass(t *testing.T) {}
