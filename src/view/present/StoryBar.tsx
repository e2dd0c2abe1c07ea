// The open dataset's stories: choose the one to work on, start a new one, rename, duplicate,
// delete (after asking) and reorder; the built-in story can be brought back for its dataset.
import { useState } from 'react';
import { useStore } from '../../state/store';
import { builtInStory } from '../../state/builtInStory';

function StoryTitleForm({ initial, done }: { initial: string; done: (title?: string) => void }) {
  const [title, setTitle] = useState(initial);
  return (
    <form
      className="story-rename row"
      onSubmit={(e) => {
        e.preventDefault();
        done(title);
      }}
    >
      <input
        aria-label="Story title"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="story-title-input"
        autoFocus
      />
      <button type="submit">Save</button>
      <button type="button" onClick={() => done()}>
        Cancel
      </button>
    </form>
  );
}

function BuiltInStoryButton() {
  const title = useStore((s) => s.dataset.title);
  const stories = useStore((s) => s.stories);
  const addStory = useStore((s) => s.addStory);
  const story = builtInStory(title);
  if (!story || stories.some((s) => s.title === story.title)) return null;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => addStory(story.title, story.views)}
    >
      Load the built-in story “{story.title}”
    </button>
  );
}

export function StoryBar() {
  const stories = useStore((s) => s.stories);
  const storyId = useStore((s) => s.storyId);
  const active = stories.find((s) => s.id === storyId) ?? stories[0];
  const { addStory, selectStory, renameStory, duplicateStory, deleteStory, moveStory } =
    useStore.getState();
  const [editing, setEditing] = useState<'new' | 'rename' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const index = active ? stories.indexOf(active) : -1;
  return (
    <div className="story-bar" data-testid="story-bar">
      {stories.length > 0 && active && (
        <label>
          Story
          <select
            value={active.id}
            onChange={(e) => {
              setConfirming(false);
              selectStory(e.target.value);
            }}
            data-testid="story-select"
          >
            {stories.map((s, i) => (
              <option key={s.id} value={s.id}>
                {i + 1}. {s.title} ({s.views.length})
              </option>
            ))}
          </select>
        </label>
      )}
      {editing ? (
        <StoryTitleForm
          initial={editing === 'rename' && active ? active.title : `Story ${stories.length + 1}`}
          done={(title) => {
            if (title !== undefined) {
              if (editing === 'new') addStory(title);
              else if (active) renameStory(active.id, title);
            }
            setEditing(null);
          }}
        />
      ) : (
        <div className="story-actions" role="group" aria-label="Stories">
          <button type="button" onClick={() => setEditing('new')} data-testid="story-new">
            New story
          </button>
          {active && (
            <>
              <button type="button" onClick={() => setEditing('rename')} data-testid="story-rename">
                Rename
              </button>
              <button
                type="button"
                onClick={() => duplicateStory(active.id)}
                data-testid="story-duplicate"
              >
                Duplicate
              </button>
              <button
                type="button"
                aria-label="Move story up"
                disabled={index <= 0}
                onClick={() => moveStory(active.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label="Move story down"
                disabled={index >= stories.length - 1}
                onClick={() => moveStory(active.id, 1)}
              >
                ↓
              </button>
              {confirming ? (
                <>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      deleteStory(active.id);
                      setConfirming(false);
                    }}
                    data-testid="story-delete-confirm"
                  >
                    Delete “{active.title}” and its {active.views.length} views
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Keep
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  onClick={() => setConfirming(true)}
                  data-testid="story-delete"
                >
                  Delete story
                </button>
              )}
            </>
          )}
        </div>
      )}
      <BuiltInStoryButton />
    </div>
  );
}
