// Trace helper for instrumented Go code, written by specula's `trace instrument`.
// A traced method logs one NDJSON line when its call changed a traced field of its receiver:
// {"event": NAME, FIELD: [{"op": "Update", "path": [], "args": [NEW VALUE]}], ...}
// Lines go to the file named by SPECULA_TRACE_FILE, else to standard output.
package {{package}}

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
)

var speculaMu sync.Mutex

func speculaTrace(event string, receiver interface{}, names []string) func() {
	before := speculaSnapshot(receiver, names)
	return func() {
		after := speculaSnapshot(receiver, names)
		var b strings.Builder
		ev, _ := json.Marshal(event)
		b.WriteString(`{"event": ` + string(ev))
		changed := false
		for _, n := range names {
			now, ok := after[n]
			if ok && now != before[n] {
				changed = true
				key, _ := json.Marshal(n)
				b.WriteString(`, ` + string(key) + `: [{"op": "Update", "path": [], "args": [` + now + `]}]`)
			}
		}
		if !changed {
			return
		}
		b.WriteString("}\n")
		speculaMu.Lock()
		defer speculaMu.Unlock()
		out := os.Stdout
		if path := os.Getenv("SPECULA_TRACE_FILE"); path != "" {
			f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				panic(err)
			}
			defer f.Close()
			out = f
		}
		fmt.Fprint(out, b.String())
	}
}

func speculaSnapshot(receiver interface{}, names []string) map[string]string {
	values := map[string]string{}
	if receiver == nil {
		return values
	}
	v := reflect.ValueOf(receiver)
	for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return values
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return values
	}
	for _, n := range names {
		f := v.FieldByName(n)
		if f.IsValid() {
			values[n] = speculaJSON(f)
		}
	}
	return values
}

// speculaJSON encodes without Interface(), so unexported fields can be traced too.
func speculaJSON(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Bool:
		return fmt.Sprint(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprint(v.Uint())
	case reflect.String:
		s, _ := json.Marshal(v.String())
		return string(s)
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return "null"
		}
		return speculaJSON(v.Elem())
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := 0; i < v.Len(); i++ {
			parts[i] = speculaJSON(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		parts := []string{}
		for _, k := range v.MapKeys() {
			key, _ := json.Marshal(strings.Trim(speculaJSON(k), `"`))
			parts = append(parts, string(key)+": "+speculaJSON(v.MapIndex(k)))
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	case reflect.Struct:
		parts := []string{}
		for i := 0; i < v.NumField(); i++ {
			key, _ := json.Marshal(v.Type().Field(i).Name)
			parts = append(parts, string(key)+": "+speculaJSON(v.Field(i)))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	default:
		s, _ := json.Marshal(v.String())
		return string(s)
	}
}
