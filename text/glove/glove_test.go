package glove

import (
	"strings"
	"testing"
)

// fixture is a tiny file in the wink-embeddings layout: 3 dimensions, then
// the norm and the word's index.
const fixture = `{"precision":8,"size":4,"dimensions":3,"words":["the","paris","london","eats"],
"vectors":{"london":[0.9,0.1,0,0.9055,2],"the":[0,0,1,1,0],"eats":[0,1,0.1,1.005,3],"paris":[1,0,0,1,1]},
"unkVector":[0,0,0,0,-1]}`

func TestRead(t *testing.T) {
	v, err := Read(strings.NewReader(fixture), 0)
	if err != nil {
		t.Fatal(err)
	}
	if v.Dim != 3 || strings.Join(v.Words, " ") != "the paris london eats" || len(v.Data) != 12 {
		t.Fatalf("Read = dim %d words %v data %d", v.Dim, v.Words, len(v.Data))
	}
	if got := v.Vec(2); got[0] != 0.9 || got[1] != 0.1 || got[2] != 0 {
		t.Errorf("vector of london = %v", got)
	}
	if got := v.Vec(0); got[2] != 1 {
		t.Errorf("vector of the = %v", got)
	}
	v, err = Read(strings.NewReader(fixture), 2)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(v.Words, " ") != "the paris" || len(v.Data) != 6 || v.Vec(1)[0] != 1 {
		t.Errorf("Read limit 2 = %v %v", v.Words, v.Data)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"not json", `nope`, "glove:"},
		{"not an object", `[1,2]`, "want"},
		{"truncated", fixture[:120], "glove:"},
		{"short vector", `{"dimensions":3,"words":["a"],"vectors":{"a":[1,2,3,0]}}`, "want 3 dimensions"},
		{"wrong index", `{"dimensions":2,"words":["a","b"],"vectors":{"a":[1,2,3,1],"b":[1,2,3,0]}}`, "does not give"},
		{"missing vector", `{"dimensions":2,"words":["a","b"],"vectors":{"a":[1,2,3,0]}}`, `no vector for "b"`},
		{"no words", `{"dimensions":2,"vectors":{}}`, `no "words"`},
		{"bad index", `{"dimensions":2,"words":["a"],"vectors":{"a":[1,2,3,0.5]}}`, "bad word index"},
		{"duplicate", `{"dimensions":2,"words":["a"],"vectors":{"a":[1,2,3,0],"a":[1,2,3,0]}}`, "two vectors"},
		{"bad dimensions", `{"dimensions":-1}`, "dimensions"},
	} {
		_, err := Read(strings.NewReader(tc.in), 0)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "glove: ") {
			t.Errorf("%s: err = %v, want one with %q", tc.name, err, tc.want)
		}
	}
}

// FuzzRead checks that Read never panics and that what it returns is
// consistent: one vector of Dim numbers per word.
func FuzzRead(f *testing.F) {
	f.Add(fixture, 0)
	f.Add(fixture, 2)
	f.Add(`{"dimensions":1,"words":["a"],"vectors":{"a":[1,1,0]}}`, 1)
	f.Fuzz(func(t *testing.T, in string, limit int) {
		v, err := Read(strings.NewReader(in), limit)
		if err != nil {
			return
		}
		if len(v.Data) != len(v.Words)*v.Dim || limit > 0 && len(v.Words) > limit {
			t.Fatalf("Read(%q, %d): %d words, dim %d, %d numbers", in, limit, len(v.Words), v.Dim, len(v.Data))
		}
	})
}
