"""Playing a quiz in a terminal (`python -m bot play`), without Discord.

- `game`: one round's rules for a single player: reading a choice (number, letter or
  text), judging a typed answer, points and streaks. It only combines `bot/game/`
  (matching, scoring, selection, hints): the rules are Discord's.
- `store`: the terminal's own "server" in the database (`LOCAL_GUILD_ID`), where its
  sessions, rounds, answers and leaderboard live, and questions read from the database.
- `runner`: the quiz loop and what the player sees: rich panels and a countdown on a
  terminal, plain lines without a timer when standard input is a pipe (scriptable).
"""
