package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCourseScriptOptions runs ./course with bad options: each is rejected
// with a message of the script's own (no shell error) before anything is
// installed or started; its help is its comment block and no code.
func TestCourseScriptOptions(t *testing.T) {
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	course := filepath.Join(repo, "course")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--port", "99999"}, "course: --port 99999: a port is a whole number from 1 to 65535"},
		{[]string{"--port=0"}, "course: --port 0: a port is a whole number from 1 to 65535"},
		{[]string{"--port", "80a"}, "course: --port 80a: a port is a whole number"},
		{[]string{"--host", "1.2.3.999"}, "course: --host 1.2.3.999: not an IPv4 address or host name"},
		{[]string{"--host", "a b"}, "course: --host a b: not an IPv4 address or host name"},
		{[]string{"--host"}, "course: --host needs a value (e.g. --host 127.0.0.1)"},
		{[]string{"--host", "--port", "8888"}, "course: --host needs a value"},
		{[]string{"--port"}, "course: --port needs a value (e.g. --port 8888)"},
		{[]string{"--colour"}, "course: unknown option --colour"},
		{[]string{"--lang", "fr"}, "course: --lang fr: the course has two editions, en (English) and es (español)"},
		{[]string{"--lang=ES"}, "course: --lang ES: the course has two editions"},
		{[]string{"--lang"}, "course: --lang needs a value: en (English) or es (español)"},
	}
	for _, c := range cases {
		out, err := exec.Command("bash", append([]string{course}, c.args...)...).CombinedOutput()
		got := strings.TrimSpace(string(out))
		if err == nil || !strings.HasPrefix(got, c.want) || strings.Count(got, "\n") > 0 {
			t.Errorf("course %v: exit %v, output %q, want one line starting %q", c.args, err, got, c.want)
		}
	}
	out, err := exec.Command("bash", course, "help").CombinedOutput()
	help := string(out)
	if err != nil || !strings.Contains(help, "./course test") || strings.Contains(help, "set -") ||
		strings.Contains(help, "#") {
		t.Errorf("course help (%v):\n%s", err, help)
	}
}
