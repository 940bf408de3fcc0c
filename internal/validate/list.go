package validate

import "fmt"

// MaxListed is how many entries a message lists in full; Short shortens a
// longer list.
const MaxListed = 12

// Short formats v as fmt does, [784 30 10], but a list longer than
// MaxListed as its first five and last three entries and its length,
// "[1 1 1 1 1 … 1 1 1] (30001 sizes)", so a message stays one line; noun
// names the entries.
func Short[T any](v []T, noun string) string {
	if len(v) <= MaxListed {
		return fmt.Sprint(v)
	}
	head, tail := fmt.Sprint(v[:5]), fmt.Sprint(v[len(v)-3:])
	return fmt.Sprintf("%s … %s (%d %s)", head[:len(head)-1], tail[1:], len(v), noun)
}
