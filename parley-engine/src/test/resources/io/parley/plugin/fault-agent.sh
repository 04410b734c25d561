#!/bin/sh
# A plug-in process agent for tests, misbehaving as its first argument says:
#   ok             speaks the protocol: offers (mid, fast, 3) and accepts any standing offer
#   crash-on-act   exits with code 3 (after a line on standard error) when asked to act
#   crash-on-start exits with code 4 when sent start
#   hang-on-act    never answers act
#   garbage        answers act with a line that is not JSON
#   close-stdout   closes its standard output when asked to act, and keeps running
#   wrong-id       answers act with another request's id
#   wrong-type     answers act with a ready
#   unknown-action answers act with the action "haggle"
#   outside-space  offers a price the space does not have
#   error          reports an error of its own when asked to act
#   no-hello       never says hello
#   bad-version    says hello in protocol version 99
#   exit-at-once   exits with code 5 before saying hello
#   chatty         prints a debugging line on standard output before its answer
#   linger         says hello, then sleeps a minute whatever it is sent (outlives a closed stdin)
mode="$1"
case "$mode" in
  no-hello) sleep 30; exit 0 ;;
  exit-at-once) echo "cannot load my model" >&2; exit 5 ;;
  bad-version) echo '{"type":"hello","protocol_version":99}' ;;
  *) echo '{"type":"hello","protocol_version":1}' ;;
esac
if [ "$mode" = linger ]; then sleep 60; exit 0; fi
while IFS= read -r line; do
  id=$(printf '%s' "$line" | sed -n 's/.*"id":\([0-9][0-9]*\).*/\1/p')
  case "$line" in
    *'"type":"start"'*)
      if [ "$mode" = crash-on-start ]; then exit 4; fi
      echo "{\"type\":\"ready\",\"id\":$id}" ;;
    *'"type":"act"'*)
      case "$mode" in
        crash-on-act) echo "agent: something broke" >&2; exit 3 ;;
        hang-on-act) sleep 30 ;;
        garbage) echo "I think we should talk" ;;
        close-stdout) exec 1>&-; sleep 30 ;;
        wrong-id) echo "{\"type\":\"action\",\"id\":999,\"action\":\"walk-away\"}" ;;
        wrong-type) echo "{\"type\":\"ready\",\"id\":$id}" ;;
        unknown-action) echo "{\"type\":\"action\",\"id\":$id,\"action\":\"haggle\"}" ;;
        outside-space)
          echo "{\"type\":\"action\",\"id\":$id,\"action\":\"offer\",\"outcome\":{\"price\":\"free\",\"delivery\":\"fast\",\"units\":3}}" ;;
        error) echo "{\"type\":\"error\",\"id\":$id,\"message\":\"KeyError: 'price'\"}" ;;
        *)
          if [ "$mode" = chatty ]; then echo "debug: thinking"; fi
          case "$line" in
            *'"standing_offer":{'*) echo "{\"type\":\"action\",\"id\":$id,\"action\":\"accept\"}" ;;
            *) echo "{\"type\":\"action\",\"id\":$id,\"action\":\"offer\",\"outcome\":{\"price\":\"mid\",\"delivery\":\"fast\",\"units\":3}}" ;;
          esac ;;
      esac ;;
    *'"type":"end"'*) exit 0 ;;
  esac
done
