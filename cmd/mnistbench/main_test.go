package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestBadFlags runs the command with flags out of range: each exits with
// status 2 and a message naming the flag, before MNIST is loaded, and never
// panics (issue 9, item 12: -runs 0 used to panic with index out of range).
func TestBadFlags(t *testing.T) {
	if os.Getenv("MNISTBENCH_MAIN") != "" {
		os.Args = append([]string{"mnistbench"}, strings.Fields(os.Getenv("MNISTBENCH_MAIN"))...)
		main()
		os.Exit(0)
	}
	for _, c := range []struct{ args, want string }{
		{"-runs 0", "-runs = 0, want at least 1"},
		{"-runs -3", "-runs = -3, want at least 1"},
		{"-epochs 0", "-epochs = 0, want at least 1"},
		{"-batch 0", "-batch = 0, want 1…60000"},
		{"-batch 60001", "-batch = 60001"},
		{"-train 0", "-train = 0, want 1…60000"},
		{"-train 60001", "-train = 60001"},
		{"-train 100 -batch 101", "-batch = 101, want 1…100 (-train)"},
		{"-alpha -1", "-alpha = -1"},
		{"-alpha NaN", "-alpha = NaN"},
		{"-eta 0", "-alpha = 0"}, // -eta: the old name, an alias
		{"-compare-numpy -rounds 0", "-rounds = 0"},
		{"-net W2", `unknown network "W2"`},
		{"-init zeros", `unknown -init "zeros"`},
	} {
		t.Run(c.args, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestBadFlags$")
			cmd.Env = append(os.Environ(), "MNISTBENCH_MAIN="+c.args)
			out, err := cmd.CombinedOutput()
			code := -1
			if e, ok := err.(*exec.ExitError); ok {
				code = e.ExitCode()
			}
			if code != 2 || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "panic") {
				t.Errorf("exit status %d, output:\n%s\nwant status 2 and a message containing %q", code, out, c.want)
			}
		})
	}
}
