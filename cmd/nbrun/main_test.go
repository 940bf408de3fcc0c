package main

import (
	"os"
	"testing"
)

// TestMain lets the test binary be a guard too: ownedCommand starts the
// running executable with guardArg (see guard.go).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == guardArg {
		os.Exit(guardMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}
