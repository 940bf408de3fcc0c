//go:build unix

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestAheadRaisesPriority: as root, a program started through ahead runs at
// niceness −5 (what `nice` prints with no argument); otherwise unchanged.
func TestAheadRaisesPriority(t *testing.T) {
	name, args := ahead("nice")
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	got := strings.TrimSpace(string(out))
	if os.Geteuid() != 0 {
		if name != "nice" || len(args) != 0 {
			t.Errorf("not root: ahead(nice) = %s %v, want it unchanged", name, args)
		}
		return
	}
	if got != browserNice {
		t.Errorf("as root, a program started through ahead runs at niceness %s, want %s", got, browserNice)
	}
}
