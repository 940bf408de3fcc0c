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
)

// cellFailure says why a cell's outputs show that it failed, or "" if they
// do not: an error output (a compile error, a program that failed), a panic,
// or a failing shell command.
func cellFailure(c map[string]any) string {
	outs := normalizeOutputs(outputs(c))
	for _, o := range outs {
		if o["output_type"] == "error" {
			msg := strings.TrimSpace(text(o["evalue"]))
			if msg == "" {
				msg = text(o["ename"])
			}
			return "error output: " + firstLines(msg, 6)
		}
	}
	for _, o := range outs {
		if o["output_type"] != "stream" || o["name"] != "stderr" {
			continue
		}
		t := text(o["text"])
		if m := panicLine.FindString(t); m != "" {
			return m
		}
		if m := exitStatus.FindStringSubmatch(t); m != nil {
			return fmt.Sprintf("a command failed with exit status %s:\n%s", m[1], firstLines(t, 6))
		}
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
