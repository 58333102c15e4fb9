import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { createQueryClient } from './lib/query-client'
import { createAppRouter } from './router'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const router = createAppRouter({ queryClient: createQueryClient() })
createRoot(root).render(
  <StrictMode>
    <App router={router} />
  </StrictMode>,
)
