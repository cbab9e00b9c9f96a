"""Components that outlive a restart: every custom_id is stable and parsed by a
`discord.ui.DynamicItem` registered at start, so a click on a message sent before the
bot restarted still reaches the right handler."""
