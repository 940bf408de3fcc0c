package main

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	// GoNB prints "exit status N" on stderr when a `!` shell command or the
	// cell's program fails; `jupyter nbconvert --execute` does not notice.
	exitStatus = regexp.MustCompile(`(?m)^exit status (\d+)\s*$`)
	panicLine  = regexp.MustCompile(`(?m)^panic: .*$`)
	// gonbModule is the first line of a compile error: the temporary module.
	// cellLine is where GoNB's raw error traceback places the first error.
	cellLine   = regexp.MustCompile(`Cell\[\d+\]: Line (\d+)`)
	gonbModule = regexp.MustCompile(`(?m)^# gonb_[0-9a-f]+\n`)
)

// cellFailure says why a cell's outputs show that it failed, or "" if they
// do not: an error output (a compile error, a program that failed), a panic,
// or a failing shell command.
func cellFailure(c map[string]any) string {
	outs := normalizeOutputs(outputs(c))
	var stderr string
	for _, o := range outs {
		if o["output_type"] == "stream" && o["name"] == "stderr" {
			stderr += text(o["text"])
		}
	}
	// A panic also ends in an error output ("exit status 2"): name the panic.
	if m := panicLine.FindString(stderr); m != "" {
		return m
	}
	for _, o := range outs {
		if o["output_type"] == "error" {
			msg := strings.TrimSpace(gonbModule.ReplaceAllString(text(o["evalue"]), ""))
			if msg == "" {
				msg = text(o["ename"])
			}
			if m := cellLine.FindStringSubmatch(text(o["traceback"])); m != nil {
				msg = "line " + m[1] + " of the cell: " + msg
			}
			return "error output: " + firstLines(msg, 6)
		}
	}
	if m := exitStatus.FindStringSubmatch(stderr); m != nil {
		return fmt.Sprintf("a command failed with exit status %s:\n%s", m[1], firstLines(stderr, 6))
	}
	return ""
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}

// normalizeOutputs merges consecutive stream outputs of the same name: the
// kernel may split one print into several messages, differently each run.
func normalizeOutputs(outs []map[string]any) []map[string]any {
	var merged []map[string]any
	for _, o := range outs {
		if n := len(merged); n > 0 && o["output_type"] == "stream" &&
			merged[n-1]["output_type"] == "stream" && merged[n-1]["name"] == o["name"] {
			merged[n-1]["text"] = text(merged[n-1]["text"]) + text(o["text"])
			continue
		}
		c := make(map[string]any, len(o))
		for k, v := range o {
			c[k] = v
		}
		if c["output_type"] == "stream" {
			c["text"] = text(c["text"])
		}
		merged = append(merged, c)
	}
	return merged
}
