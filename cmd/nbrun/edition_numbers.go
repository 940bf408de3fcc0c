package main

import (
	"fmt"
	"regexp"
	"strings"
)

// Same program, same numbers: a translated code cell prints the numbers
// its English twin prints, in the same order, and shows as many figures.
// The lint compares the committed outputs of the two notebooks (masked as
// `nbrun check` masks them: durations, temporary paths, addresses), so
// `nbrun check` of a translation, which compares a fresh run with the
// committed outputs and lints, holds the fresh numbers to the English ones
// too; and a change of the English outputs shows at once as a translation
// to run again.

// printedNumberRE is a number as Go prints it: 3, -0.25, 1.5e-07.
var printedNumberRE = regexp.MustCompile(`-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`)

// printedNumber is one number of a cell's text output and the line it is on.
type printedNumber struct {
	text, line string
}

// cellNumbers lists the numbers a code cell prints (its streams, the plain
// text of its results and displays) and counts the figures it shows.
func cellNumbers(c map[string]any, repo string) (nums []printedNumber, figures int) {
	printed, figures := printedText(c)
	for _, line := range strings.Split(mask(printed, repo), "\n") {
		for _, m := range printedNumberRE.FindAllString(line, -1) {
			nums = append(nums, printedNumber{m, strings.TrimSpace(line)})
		}
	}
	return nums, figures
}

// printedText is what a code cell shows as text (its streams, the plain
// text of its results and displays), and how many figures it shows.
func printedText(c map[string]any) (string, int) {
	var texts []string
	figures := 0
	for _, o := range outputs(c) {
		switch o["output_type"] {
		case "stream":
			texts = append(texts, text(o["text"]))
		case "execute_result", "display_data":
			d, _ := o["data"].(map[string]any)
			texts = append(texts, text(d["text/plain"]))
			if d["image/png"] != nil || d["image/svg+xml"] != nil {
				figures++
			}
		}
	}
	return strings.Join(texts, "\n"), figures
}

// compareNumbers returns how the numbers and figures a translated code cell
// shows differ from its twin's, or "".
func compareNumbers(c, e map[string]any, repo string) string {
	nums, figs := cellNumbers(c, repo)
	enNums, enFigs := cellNumbers(e, repo)
	again := "; run both notebooks again (`nbrun write`): a translation prints what its twin prints"
	if figs != enFigs {
		return fmt.Sprintf("shows %d figures, the English cell shows %d%s", figs, enFigs, again)
	}
	for i := 0; i < len(nums) || i < len(enNums); i++ {
		switch {
		case i >= len(nums):
			return fmt.Sprintf("prints %d numbers, the English cell %d: the next one there is %s in %q%s",
				len(nums), len(enNums), enNums[i].text, clip(enNums[i].line), again)
		case i >= len(enNums):
			return fmt.Sprintf("prints %d numbers, the English cell %d: %s in %q is one too many%s",
				len(nums), len(enNums), nums[i].text, clip(nums[i].line), again)
		case nums[i].text != enNums[i].text:
			return fmt.Sprintf("prints %s (in %q) where the English cell prints %s (in %q)%s",
				nums[i].text, clip(nums[i].line), enNums[i].text, clip(enNums[i].line), again)
		}
	}
	return ""
}
