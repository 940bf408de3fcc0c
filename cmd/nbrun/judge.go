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
	// A Go panic is a "panic: …" line followed by a goroutine trace, and the
	// program exits with status 2; a line that merely starts with "panic:"
	// is not one.
	panicTrace = regexp.MustCompile(`(?m)^(panic: .*)\n(?:.*\n)*?\n?goroutine \d+ \[[^\]]*\]:\n`)
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
	for _, o := range outs {
		if o["output_type"] != "error" {
			continue
		}
		// The program failed. A panic (exit status 2 and a trace) is named by
		// its message; any other failure shows the end of stderr.
		evalue := text(o["evalue"])
		if strings.TrimSpace(evalue) == "exit status 2" {
			if m := panicTrace.FindAllStringSubmatch(stderr, -1); m != nil {
				return m[len(m)-1][1]
			}
		}
		msg := strings.TrimSpace(gonbModule.ReplaceAllString(evalue, ""))
		if msg == "" {
			msg = text(o["ename"])
		}
		if m := cellLine.FindStringSubmatch(text(o["traceback"])); m != nil {
			msg = "line " + m[1] + " of the cell: " + msg
		}
		msg = "error output: " + firstLines(msg, 6)
		if tail := stderrTail(stderr, 8); tail != "" && !strings.Contains(msg, tail) {
			msg += "\nlast lines of stderr:\n" + tail
		}
		return msg
	}
	if m := exitStatus.FindStringSubmatch(stderr); m != nil {
		return fmt.Sprintf("a command failed with exit status %s:\n%s", m[1], firstLines(stderr, 6))
	}
	return ""
}

// stderrTail is the end of a cell's stderr without GoNB's "exit status N"
// line, to show why a program failed (a log.Fatal message, for one).
func stderrTail(stderr string, n int) string {
	return strings.TrimSpace(lastLines(exitStatus.ReplaceAllString(stderr, ""), n))
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
